package org.reportcycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages are modules: no cycles between them and no reaching into another module's internals. */
class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(ReportCycleApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        assertThat(modules.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrder("bulletin",
            "calendar", "cycle", "notification", "operations", "organization", "monitoring", "plan", "submission", "system");

        modules.verify();
    }
}
