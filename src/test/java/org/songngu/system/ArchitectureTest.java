package org.songngu.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the core plain Java: the rules of "core first, shell second" in the README. */
@AnalyzeClasses(packages = "org.songngu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {
        "org.songngu.corpus..", "org.songngu.segment..", "org.songngu.glossary..", "org.songngu.align..",
        "org.songngu.evaluation..", "org.songngu.tmx..", "org.songngu.quality..", "org.songngu.harvest..",
        "org.songngu.search.."
    };

    @ArchTest
    static final ArchRule coreHasNoSpringNorDatabase = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule onlyQualityTalksToLanguageTool = noClasses()
            .that()
            .resideOutsideOfPackages("org.songngu.quality..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.languagetool..");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoTheShell = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.songngu.batch..",
                    "org.songngu.review..",
                    "org.songngu.store..",
                    "org.songngu.system..",
                    "org.songngu.cli..",
                    "org.songngu.api..",
                    "org.songngu.users..");

    /** Feature packages depend on each other in one direction only: a cycle would make them one. */
    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("org.songngu.(*)..").should().beFreeOfCycles();
}
