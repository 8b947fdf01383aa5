package org.reportcycle.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.reportcycle.bulletin.Bulletin;
import org.reportcycle.bulletin.BulletinCompiler;
import org.reportcycle.bulletin.BulletinItem;
import org.reportcycle.bulletin.BulletinSignOff;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.cycle.ReportingCycle;
import org.reportcycle.submission.ReportDraft;
import org.reportcycle.submission.Submission;
import org.reportcycle.submission.SubmissionReview;
import org.reportcycle.submission.SubmissionService;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Drives a period's cycle through the application's own services, as the office, the department heads and the
 * signer would, each step at the current version. Build one per test from the Spring context. The draft bulletin is
 * assembled asynchronously after the last accept or the closing of collection: where the job executor is off (the
 * test profile), the driver runs that job itself right after, as the executor would.
 */
public final class CycleDriver {

    /** The asynchronous service task that assembles the draft bulletin. */
    public static final String ASSEMBLE_BULLETIN = "ServiceTask_AssembleBulletin";

    private final DemoUsers users;
    private final CycleService cycles;
    private final SubmissionService submissions;
    private final SubmissionReview review;
    private final BulletinCompiler compiler;
    private final BulletinSignOff signOff;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final boolean jobExecutorOn;

    public CycleDriver(ApplicationContext context) {
        this.users = new DemoUsers(context.getBean(UserDetailsService.class));
        this.cycles = context.getBean(CycleService.class);
        this.submissions = context.getBean(SubmissionService.class);
        this.review = context.getBean(SubmissionReview.class);
        this.compiler = context.getBean(BulletinCompiler.class);
        this.signOff = context.getBean(BulletinSignOff.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.management = context.getBean(ManagementService.class);
        this.jobExecutorOn = ((ProcessEngineConfigurationImpl)
                        context.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor()
                .isActive();
    }

    public DemoUsers users() {
        return users;
    }

    /** The office opens the period by hand; returns its process instance. */
    public ProcessInstance open(String period) {
        cycles.open(users.office(), ReportingPeriod.parse(period));
        return processInstance(period);
    }

    public ReportingCycle find(String period) {
        return cycles.find(ReportingPeriod.parse(period));
    }

    public ReportingCycle.Status status(String period) {
        return find(period).status();
    }

    /** The period's running process instance, found by its business key (null if none runs). */
    public ProcessInstance processInstance(String period) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(CycleData.PROCESS_KEY)
                .processInstanceBusinessKey(period)
                .singleResult();
    }

    public Submission submission(String period, String departmentCode) {
        return submissions
                .report(users.office(), ReportingPeriod.parse(period), departmentCode)
                .submission();
    }

    /** The codes of the departments with a report in this period, sorted. */
    public List<String> departments(String period) {
        return review.progress(ReportingPeriod.parse(period)).stream()
                .map(Submission::departmentCode)
                .sorted()
                .toList();
    }

    /** The department's head submits a valid report. */
    public Submission submit(String period, String departmentCode) {
        int version = submission(period, departmentCode).version();
        return submit(period, departmentCode, ReportDrafts.valid(period, departmentCode, version));
    }

    public Submission submit(String period, String departmentCode, ReportDraft draft) {
        return submissions.submit(users.headOf(departmentCode), ReportingPeriod.parse(period), departmentCode, draft);
    }

    /** The office accepts the report; after the last one, the draft is assembled (the job run, see above). */
    public Submission accept(String period, String departmentCode) {
        Submission accepted = acceptLeavingAssemblyPending(period, departmentCode);
        runAssembly(period);
        return accepted;
    }

    /** The office accepts the report; the assembly job the last accept leaves is not run. */
    public Submission acceptLeavingAssemblyPending(String period, String departmentCode) {
        return review.accept(
                users.office(),
                ReportingPeriod.parse(period),
                departmentCode,
                submission(period, departmentCode).version());
    }

    /**
     * Runs the period's pending assembly job ({@code ServiceTask_AssembleBulletin}, asynchronous), if there is one
     * and no job executor runs here; whether it ran one.
     */
    public boolean runAssembly(String period) {
        ProcessInstance instance = processInstance(period);
        if (jobExecutorOn || instance == null) {
            return false;
        }
        List<Job> jobs = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(ASSEMBLE_BULLETIN)
                .list();
        jobs.forEach(job -> management.executeJob(job.getId()));
        return !jobs.isEmpty();
    }

    public Submission returnToDepartment(String period, String departmentCode, String comment) {
        return review.returnToDepartment(
                users.office(),
                ReportingPeriod.parse(period),
                departmentCode,
                submission(period, departmentCode).version(),
                comment);
    }

    /** Every department submits and the office accepts each. */
    public void submitAndAcceptAll(String period) {
        for (String department : departments(period)) {
            submit(period, department);
            accept(period, department);
        }
    }

    /** The office closes collection; the draft is then assembled (the job run, see above). */
    public List<String> closeCollection(String period) {
        List<String> missing = cycles.closeCollection(users.office(), ReportingPeriod.parse(period));
        runAssembly(period);
        return missing;
    }

    public Bulletin bulletin(String period) {
        return compiler.view(users.office(), period).bulletin();
    }

    /** Every item of the period's bulletin (excluded ones too), in section and position order. */
    public List<BulletinItem> bulletinItems(String period) {
        return compiler.view(users.office(), period).items();
    }

    public void sendToSignOff(String period) {
        signOff.sendToSignOff(users.office(), period, bulletin(period).version());
    }

    public void approve(String period) {
        signOff.approve(users.signer(), period, bulletin(period).version());
    }

    /** Sends the compiled bulletin to sign-off, the signer approves, and the publish and distribute jobs run. */
    public void signOffAndPublish(String period) {
        sendToSignOff(period);
        approve(period);
        runJobs(processInstance(period).getId());
    }

    /** Executes the instance's jobs one after the other until none is left (the job executor is off in tests). */
    public void runJobs(String processInstanceId) {
        for (Job job = nextJob(processInstanceId); job != null; job = nextJob(processInstanceId)) {
            management.executeJob(job.getId());
        }
    }

    /** The instance's one job, or that of an instance it called (the bulletin's issue process). */
    private Job nextJob(String processInstanceId) {
        Job own =
                management.createJobQuery().processInstanceId(processInstanceId).singleResult();
        if (own != null) {
            return own;
        }
        return runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list().stream()
                .map(called -> nextJob(called.getId()))
                .filter(j -> j != null)
                .findFirst()
                .orElse(null);
    }

    /** The bulletin's running issue process (called by its cycle, or a special issue's own), null if none. */
    public ProcessInstance issueInstance(String key) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(BulletinIssueIds.KEY)
                .processInstanceBusinessKey(key)
                .singleResult();
    }

    public void returnToOffice(String period, String comment) {
        signOff.returnToOffice(users.signer(), period, bulletin(period).version(), comment);
    }
}
