package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The draft bulletin is assembled after the office's last accept (or its closing of collection) in a job of its
 * own: the accept's transaction ends first. Until the job has run, the cycle page and the compile page say the
 * draft is being assembled (正在汇编), not that the bulletin is unknown; then the compile task is there.
 */
class AssemblyAfterLastAcceptWebTest extends WebTestBase {

    @Autowired
    UserDetailsService users;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Test
    void theLastAcceptEndsBeforeTheDraftIsAssembledAndThePagesSaySoMeanwhile() throws Exception {
        String period = newPeriod();
        walk.open(period);
        List<String> departments = walk.departments(period);
        for (String d : departments) {
            walk.submit(period, d, "正文。");
        }
        departments.subList(0, departments.size() - 1).forEach(d -> accept(period, d));
        assertThat(assemblyJobs(period)).as("not before the last accept").isZero();

        String last = departments.get(departments.size() - 1);
        int version = walk.report(CycleWalk.OFFICE, period, last)
                .at("/submission/version")
                .asInt();
        walk.ok(CycleWalk.OFFICE, post("/api/reports/{p}/{d}/accept", period, last), Map.of("version", version));

        assertThat(assemblyJobs(period))
                .as("the assembly waits in a job of its own")
                .isOne();
        assertThat(compileTasks(period)).isZero();
        assertThat(walk.progress(period).at("/cycle/status").asText()).isEqualTo("COLLECTING");
        walk.expect(404, CycleWalk.OFFICE, get("/api/bulletins/{p}", period), null);
        page(get("/cycles/{p}", period))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("简报初稿正在汇编")))
                .andExpect(content().string(not(containsString("id=\"close-collection\""))))
                .andExpect(content().string(not(containsString("id=\"urge-all\""))));
        page(get("/bulletins/{p}/compile", period))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"assembling\"")))
                .andExpect(content().string(not(containsString("id=\"compile-form\""))));
        page(get("/bulletins/{p}", period))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"assembling\"")));

        assertThat(walk.runAssembly(period)).isTrue();

        assertThat(compileTasks(period)).isOne();
        assertThat(walk.progress(period).at("/cycle/status").asText()).isEqualTo("COMPILING");
        page(get("/cycles/{p}", period))
                .andExpect(content().string(not(containsString("简报初稿正在汇编"))))
                .andExpect(content().string(containsString("/bulletins/" + period + "/compile")));
        page(get("/bulletins/{p}/compile", period))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"compile-form\"")));
    }

    @Test
    void closingCollectionAlsoLeavesTheAssemblyToItsJob() throws Exception {
        String period = newPeriod();
        walk.open(period);
        walk.submit(period, "ZZB", "正文。");
        accept(period, "ZZB");

        walk.ok(CycleWalk.OFFICE, post("/api/cycles/{p}/close-collection", period), Map.of());

        assertThat(assemblyJobs(period)).isOne();
        page(get("/bulletins/{p}/compile", period)).andExpect(content().string(containsString("id=\"assembling\"")));
        walk.runAssembly(period);
        assertThat(walk.bulletin(CycleWalk.OFFICE, period)
                        .at("/bulletin/status")
                        .asText())
                .isEqualTo("DRAFT");
    }

    @Test
    void aBulletinThatIsNeitherThereNorBeingAssembledIsStillUnknown() throws Exception {
        String period = newPeriod();
        walk.open(period);

        page(get("/bulletins/{p}/compile", period)).andExpect(status().isNotFound());
    }

    private void accept(String period, String department) {
        try {
            walk.accept(period, department);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long assemblyJobs(String period) {
        return management
                .createJobQuery()
                .processInstanceId(walk.processInstance(period))
                .activityId(CycleWalk.ASSEMBLE_JOB)
                .count();
    }

    private long compileTasks(String period) {
        return tasks.createTaskQuery()
                .processInstanceId(walk.processInstance(period))
                .taskDefinitionKey("Task_CompileBulletin")
                .count();
    }

    private ResultActions page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(
                request.with(user(users.loadUserByUsername("office"))).with(csrf()));
    }
}
