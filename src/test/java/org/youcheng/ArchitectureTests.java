package org.youcheng;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: web, api, cli → features (io, analytics, network …) → registry → common. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.youcheng");

    @Test
    void featuresDoNotDependOnTheirCallers() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.youcheng.registry..",
                        "org.youcheng.io..",
                        "org.youcheng.common..",
                        "org.youcheng.analytics..",
                        "org.youcheng.network..",
                        "org.youcheng.security..",
                        "org.youcheng.approval..",
                        "org.youcheng.ledger..",
                        "org.youcheng.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.youcheng.web..", "org.youcheng.api..", "org.youcheng.cli..")
                .check(CLASSES);
    }

    @Test
    void theRegistryDoesNotDependOnFeaturesBuiltOnIt() {
        noClasses()
                .that()
                .resideInAnyPackage("org.youcheng.registry..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.youcheng.io..", "org.youcheng.extract..")
                .check(CLASSES);
    }

    @Test
    void theLedgerIsBuiltOnTheRegistryAndKnowsNothingOfFilesOrReports() {
        noClasses()
                .that()
                .resideInAnyPackage("org.youcheng.ledger..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.youcheng.io..", "org.youcheng.analytics..", "org.youcheng.network..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAnyPackage("org.youcheng.registry..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.youcheng.ledger..")
                .check(CLASSES);
    }

    @Test
    void readOnlyFeaturesDoNotDependOnImportsOrOnEachOther() {
        noClasses()
                .that()
                .resideInAnyPackage("org.youcheng.analytics..", "org.youcheng.network..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.youcheng.io..")
                .check(CLASSES);
        slices().matching("org.youcheng.(analytics|network)..")
                .should()
                .notDependOnEachOther()
                .check(CLASSES);
    }

    /** The graph algorithms work on arrays of ints alone: no registry, no Spring, nothing of ours outside them. */
    @Test
    void graphAlgorithmsDependOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("org.youcheng.network.graph..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.youcheng.network.graph..", "java..")
                .check(CLASSES);
    }

    /**
     * Security sits under the features: the registry, imports and the approval path ask it who is acting and may
     * they, and write to its audit trail; it knows none of them (it reads the place tree with its own SQL).
     */
    @Test
    void securityDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage("org.youcheng.security..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.youcheng.registry..",
                        "org.youcheng.io..",
                        "org.youcheng.approval..",
                        "org.youcheng.analytics..",
                        "org.youcheng.network..")
                .check(CLASSES);
    }

    @Test
    void theRegistryAndImportsDoNotDependOnTheApprovalPath() {
        noClasses()
                .that()
                .resideInAnyPackage("org.youcheng.registry..", "org.youcheng.io..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.youcheng.approval..")
                .check(CLASSES);
    }

    @Test
    void extractionBuildsOnTheRegistryAloneAmongFeatures() {
        noClasses()
                .that()
                .resideInAnyPackage("org.youcheng.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.youcheng.io..", "org.youcheng.analytics..", "org.youcheng.network..")
                .check(CLASSES);
    }

    // cycles between features: ModulesTests (Spring Modulith's verify)

    /** The ways in call a feature's face (its top package), never what it keeps in {@code internal}. */
    @Test
    void waysInNeverReachIntoAFeaturesInsides() {
        noClasses()
                .that()
                .resideInAnyPackage("org.youcheng.web..", "org.youcheng.api..", "org.youcheng.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.youcheng.*.internal..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void commonDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAnyPackage("org.youcheng.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.youcheng.registry..", "org.youcheng.io..", "org.youcheng.system..")
                .check(CLASSES);
    }

    @Test
    void entryPointsDoNotCallEachOther() {
        slices().matching("org.youcheng.(web|api|cli)..")
                .should()
                .notDependOnEachOther()
                .check(CLASSES);
    }
}
