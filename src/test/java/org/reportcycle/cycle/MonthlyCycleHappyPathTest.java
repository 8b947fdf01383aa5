package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reportcycle.cycle.MonthlyCycleProcess.CALL_ISSUE_BULLETIN;
import static org.reportcycle.cycle.MonthlyCycleProcess.END_BULLETIN_DISTRIBUTED;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_COMPILE_BULLETIN;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_REVIEW_SUBMISSION;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_SUBMIT_REPORT;
import static org.reportcycle.support.BulletinIssueIds.END_DISTRIBUTED;
import static org.reportcycle.support.BulletinIssueIds.SERVICE_DISTRIBUTE;
import static org.reportcycle.support.BulletinIssueIds.SERVICE_PUBLISH;
import static org.reportcycle.support.BulletinIssueIds.TASK_SIGN_OFF;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.reportcycle.bulletin.BulletinItem;
import org.reportcycle.bulletin.BulletinPublisher;
import org.reportcycle.bulletin.BulletinStatus;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.Person;
import org.reportcycle.organization.Recipient;
import org.reportcycle.organization.Recipient.ListKind;
import org.reportcycle.plan.PlanItems;
import org.reportcycle.submission.SubmissionStatus;
import org.reportcycle.support.CycleTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** A period where every department reports and is accepted, the leader signs off and the bulletin goes out. */
class MonthlyCycleHappyPathTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";

    @Autowired
    PlanItems plans;

    @Autowired
    BulletinPublisher publisher;

    @Test
    void publishesAndDistributesTheBulletinWhenEveryDepartmentIsAccepted() {
        ProcessInstance instance = cycle.open(PERIOD);
        List<String> participating = directory.participatingDepartments().stream()
                .map(Department::code)
                .toList();
        assertThat(instance).isWaitingAt(TASK_SUBMIT_REPORT);
        assertThat(openTasks(TASK_SUBMIT_REPORT)).isEqualTo(participating.size());
        assertThat(cycle.departments(PERIOD)).containsExactlyInAnyOrderElementsOf(participating);

        for (String department : participating) {
            cycle.submit(PERIOD, department);
            assertThat(instance).isWaitingAt(TASK_REVIEW_SUBMISSION);
            cycle.accept(PERIOD, department);
            assertThat(cycle.submission(PERIOD, department).status()).isEqualTo(SubmissionStatus.ACCEPTED);
        }

        assertThat(instance)
                .hasPassed("SubProcess_DepartmentReport", "ServiceTask_AssembleBulletin")
                .hasNotPassed("BoundaryEvent_CollectionClosed")
                .isWaitingAt(TASK_COMPILE_BULLETIN);
        assertThat(cycle.status(PERIOD)).isEqualTo(ReportingCycle.Status.COMPILING);
        assertThat(cycle.bulletinItems(PERIOD))
                .hasSize(2 * participating.size())
                .extracting(BulletinItem::departmentCode)
                .containsOnlyElementsOf(participating);

        cycle.sendToSignOff(PERIOD);
        assertThat(instance).isWaitingAt(CALL_ISSUE_BULLETIN);
        ProcessInstance issue = cycle.issueInstance(PERIOD);
        assertThat(issue).isWaitingAt(TASK_SIGN_OFF).hasBusinessKey(PERIOD);
        cycle.approve(PERIOD);
        assertThat(cycle.bulletin(PERIOD).status()).isEqualTo(BulletinStatus.APPROVED);

        assertThat(issue).isWaitingAt(SERVICE_PUBLISH);
        management.executeJob(asyncJob(issue).getId());
        assertThat(issue).hasPassed(SERVICE_PUBLISH).isWaitingAt(SERVICE_DISTRIBUTE);
        assertThat(cycle.bulletin(PERIOD).status()).isEqualTo(BulletinStatus.PUBLISHED);
        assertThat(outboxRecipients("DISTRIBUTION")).isEmpty();

        management.executeJob(asyncJob(issue).getId());
        assertThat(issue).hasPassed(SERVICE_DISTRIBUTE, END_DISTRIBUTED).isEnded();
        assertThat(instance)
                .hasPassed(CALL_ISSUE_BULLETIN, END_BULLETIN_DISTRIBUTED)
                .isEnded();
        assertThat(cycle.status(PERIOD)).isEqualTo(ReportingCycle.Status.PUBLISHED);

        List<String> listed = Stream.of(ListKind.values())
                .flatMap(kind -> directory.recipients(kind).stream())
                .map(Recipient::email)
                .toList();
        assertThat(listed).hasSize(6);
        assertThat(outboxRecipients("DISTRIBUTION")).containsExactlyInAnyOrderElementsOf(listed);
        List<String> heads = participating.stream()
                .flatMap(d -> directory.headsOf(d).stream())
                .map(Person::email)
                .toList();
        assertThat(heads).hasSize(participating.size());
        assertThat(outboxRecipients("BULLETIN_PUBLISHED")).containsExactlyInAnyOrderElementsOf(heads);
        assertThat(outboxRecipients("CYCLE_OPENED")).containsExactlyInAnyOrderElementsOf(heads);
        assertThat(plans.approvedFor(YearMonth.of(2026, 12), "ZZB")).hasSize(1);

        long written = rows("outbox_message");
        publisher.publish(PERIOD);
        publisher.distribute(PERIOD);
        assertThat(rows("outbox_message"))
                .as("a retried step writes no email twice")
                .isEqualTo(written);
    }

    private long openTasks(String taskKey) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(PERIOD)
                .taskDefinitionKey(taskKey)
                .count();
    }

    private Job asyncJob(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    }
}
