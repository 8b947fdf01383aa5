package org.reportcycle.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.reportcycle.system.EngineCommands;
import org.springframework.stereotype.Component;

/**
 * The only place that asks the engine about failures: jobs with no retries left and open incidents, merged so
 * that a failed job and the incident the engine opened for it are one row. Nothing here leaves as a Camunda type.
 */
@Component
class EngineIncidents {

    private static final String FAILED_JOB = "failedJob";

    private final ManagementService management;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ProcessEngineConfigurationImpl configuration;
    /** Process definitions never change once deployed, so their keys and activity names are kept. */
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    private final Map<String, Optional<String>> names = new ConcurrentHashMap<>();

    EngineIncidents(
            ManagementService management,
            RuntimeService runtime,
            RepositoryService repository,
            ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        this.management = management;
        this.runtime = runtime;
        this.repository = repository;
    }

    /** Every failed job, then every incident not about one of them; newest first. */
    List<Failure> all() {
        List<Failure> failures = new ArrayList<>();
        Set<String> jobs = new HashSet<>();
        for (Job job : management.createJobQuery().noRetriesLeft().list()) {
            jobs.add(job.getId());
            failures.add(failure(job, incidentOf(job.getId())));
        }
        for (Incident incident : runtime.createIncidentQuery().list()) {
            if (incident.getConfiguration() == null || !jobs.contains(incident.getConfiguration())) {
                failures.add(failure(incident));
            }
        }
        failures.sort((a, b) -> b.at().compareTo(a.at()));
        return failures;
    }

    long count() {
        return all().size();
    }

    /** The row with this id: a failed (or since retried) job, or an incident; empty if the engine has neither. */
    Optional<Failure> find(String id) {
        Job job = management.createJobQuery().jobId(id).singleResult();
        if (job != null) {
            return Optional.of(failure(job, incidentOf(id)));
        }
        return Optional.ofNullable(runtime.createIncidentQuery().incidentId(id).singleResult())
                .map(this::failure);
    }

    /**
     * Gives a job with no retries left one retry, due now, and resolves its incident; false if it has retries (or
     * is gone). Check and change are one engine command on the job as read, so of two at once the second meets
     * the first's revision (a lost race, tried again) rather than setting the retry a second time.
     */
    boolean retry(String jobId) {
        return EngineCommands.call(() -> configuration
                .getCommandExecutorTxRequired()
                .execute(context -> {
                    JobEntity job = context.getJobManager().findJobById(jobId);
                    if (job == null || job.getRetries() > 0) {
                        return false;
                    }
                    if (job.isInInconsistentLockState()) {
                        job.resetLock();
                    }
                    job.setRetries(1);
                    job.setDuedate(ClockUtil.getCurrentTime());
                    return true;
                }));
    }

    private Incident incidentOf(String jobId) {
        return runtime.createIncidentQuery().incidentType(FAILED_JOB).configuration(jobId).list().stream()
                .findFirst()
                .orElse(null);
    }

    private Failure failure(Job job, Incident incident) {
        String activity = incident != null && incident.getActivityId() != null
                ? incident.getActivityId()
                : job.getFailedActivityId() != null ? job.getFailedActivityId() : definedActivity(job);
        String message = job.getExceptionMessage() != null
                ? job.getExceptionMessage()
                : incident != null ? incident.getIncidentMessage() : null;
        Date at = incident != null ? incident.getIncidentTimestamp() : job.getCreateTime();
        return new Failure(
                job.getId(),
                FailureKind.FAILED_JOB,
                message,
                key(job.getProcessDefinitionId()),
                businessKey(job.getProcessInstanceId()),
                activity,
                name(job.getProcessDefinitionId(), activity),
                instant(at),
                job.getId(),
                job.getRetries() == 0);
    }

    /** A job that never ran (its retries set to none by hand) names its activity only in its definition. */
    private String definedActivity(Job job) {
        JobDefinition definition = job.getJobDefinitionId() == null
                ? null
                : management
                        .createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId())
                        .singleResult();
        return definition == null ? null : definition.getActivityId();
    }

    private Failure failure(Incident incident) {
        String jobId = FAILED_JOB.equals(incident.getIncidentType()) ? incident.getConfiguration() : null;
        Job job =
                jobId == null ? null : management.createJobQuery().jobId(jobId).singleResult();
        String definition = incident.getProcessDefinitionId();
        return new Failure(
                incident.getId(),
                FailureKind.INCIDENT,
                incident.getIncidentMessage(),
                key(definition),
                businessKey(incident.getProcessInstanceId()),
                incident.getActivityId(),
                name(definition, incident.getActivityId()),
                instant(incident.getIncidentTimestamp()),
                job == null ? null : jobId,
                job != null && job.getRetries() == 0);
    }

    private String key(String definitionId) {
        if (definitionId == null) {
            return null;
        }
        return keys.computeIfAbsent(
                definitionId,
                id -> repository
                        .createProcessDefinitionQuery()
                        .processDefinitionId(id)
                        .singleResult()
                        .getKey());
    }

    private String businessKey(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private String name(String definitionId, String activityId) {
        if (definitionId == null || activityId == null) {
            return null;
        }
        return names.computeIfAbsent(
                        definitionId + "#" + activityId,
                        k -> Optional.ofNullable(repository
                                        .getBpmnModelInstance(definitionId)
                                        .<FlowElement>getModelElementById(activityId))
                                .map(FlowElement::getName))
                .orElse(null);
    }

    private static Instant instant(Date at) {
        return at == null ? Instant.EPOCH : at.toInstant();
    }
}
