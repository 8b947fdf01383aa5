package org.reportcycle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine behind a fence: only thin delegates, each process module's adapter and the one class that sets the
 * engine's clock may use Camunda's types, so a move to another Camunda 7 engine touches those files only; a new
 * class outside the fence that reaches the engine fails this test.
 */
class EngineFenceTest {

    /** The adapters through which a module drives its process, and the engine's clock. */
    private static final Set<String> FENCE = Set.of(
            "org.reportcycle.cycle.CycleWorkflow",
            "org.reportcycle.cycle.CycleOpeningWorkflow",
            "org.reportcycle.cycle.CycleTasks",
            "org.reportcycle.cycle.CycleTimers",
            "org.reportcycle.bulletin.BulletinIssueWorkflow",
            "org.reportcycle.plan.CamundaPlanTrackingWorkflow",
            "org.reportcycle.operations.EngineIncidents",
            "org.reportcycle.system.EngineCommands",
            "org.reportcycle.system.TimeConfiguration");

    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.reportcycle");

    @Test
    void onlyDelegatesAdaptersAndTheClockUseTheEngine() {
        noClasses()
                .that(outsideTheFence())
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .because("the engine is reached through each module's adapter and thin delegates only")
                .check(main);
    }

    private static DescribedPredicate<JavaClass> outsideTheFence() {
        return DescribedPredicate.describe(
                "are neither delegates nor adapters nor the engine's clock",
                c -> !topLevel(c).getSimpleName().endsWith("Delegate")
                        && !FENCE.contains(topLevel(c).getName()));
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
