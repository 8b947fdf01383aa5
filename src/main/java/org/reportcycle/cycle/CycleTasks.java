package org.reportcycle.cycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine's open user tasks of some candidate groups, for the task list: of the monthly cycle and of the
 * bulletin's issue process it calls (or a special issue's), each with the page its model gives it.
 */
@Component
class CycleTasks {

    /** An open task: its business key (a period or a bulletin's key), department if any, and form key. */
    record OpenTask(
            String id, String definitionKey, String businessKey, String departmentCode, Instant due, String formKey) {}

    private final TaskService tasks;
    private final RuntimeService runtime;

    CycleTasks(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    List<OpenTask> openFor(List<String> groups) {
        List<Task> open = tasks.createTaskQuery()
                .taskCandidateGroupIn(groups)
                .initializeFormKeys()
                .list();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, String> keys = runtime
                .createProcessInstanceQuery()
                .processInstanceIds(
                        open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list()
                .stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, String> departments = runtime
                .createVariableInstanceQuery()
                .taskIdIn(open.stream().map(Task::getId).toArray(String[]::new))
                .variableName(MonthlyCycleProcess.VAR_DEPARTMENT_CODE)
                .list()
                .stream()
                .collect(Collectors.toMap(VariableInstance::getTaskId, v -> (String) v.getValue()));
        return open.stream()
                .map(t -> new OpenTask(
                        t.getId(),
                        t.getTaskDefinitionKey(),
                        keys.get(t.getProcessInstanceId()),
                        departments.get(t.getId()),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        t.getFormKey()))
                .toList();
    }
}
