package org.reportcycle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.reportcycle.bulletin.BulletinKind;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages are modules: no cycles between them, no reaching into another module's internals, and no
 * arrow between two modules that the depending module's package-info does not declare.
 */
class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(ReportCycleApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyTheModulesTheyDeclare() {
        assertThat(modules.stream().map(ApplicationModule::getName))
                .containsExactlyInAnyOrder(
                        "bulletin",
                        "calendar",
                        "cycle",
                        "document",
                        "monitoring",
                        "notification",
                        "operations",
                        "organization",
                        "plan",
                        "submission",
                        "summary",
                        "system",
                        "token");

        modules.verify();
    }

    /** The monthly cycle knows nothing of special issues: the bulletin's own module issues both kinds. */
    @Test
    void theCycleKnowsNothingOfSpecialIssues() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reportcycle");

        noClasses()
                .that()
                .resideInAPackage("org.reportcycle.cycle..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "are special-issue types or the bulletin's kind",
                        c -> c.getSimpleName().contains("SpecialIssue")
                                || c.getName().equals(BulletinKind.class.getName())))
                .because("special issues are the bulletin module's; the cycle calls one issue process for its month")
                .check(classes);
    }

    /** Typesetting stays pure, so a document renders the same wherever it is called from (and in a unit test). */
    @Test
    void documentTypesettingUsesNoDatabaseWebOrEngine() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reportcycle");

        noClasses()
                .that()
                .resideInAPackage("org.reportcycle.document..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.jdbc..", "org.springframework.web..", "jakarta.servlet..", "org.camunda..")
                .check(classes);
    }
}
