package org.filmlens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package arrows of docs/architecture.md: a wrong arrow fails the build, not a review. */
@AnalyzeClasses(packages = "org.filmlens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] SERVICES = {"org.filmlens.ingest..", "org.filmlens.quotes..", "org.filmlens.analysis..", "org.filmlens.index..",
            "org.filmlens.annotations.."};

    @ArchTest
    static final ArchRule corpusIsPlainJava = noClasses().that().resideInAPackage("org.filmlens.corpus..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.filmlens.corpus..")
            .because("the domain records depend on the JDK only");

    @ArchTest
    static final ArchRule onlyIndexImportsLucene = noClasses().that().resideOutsideOfPackage("org.filmlens.index..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
            .because("the index package owns the Lucene lifecycle");

    @ArchTest
    static final ArchRule onlyUiImportsJavaFx = noClasses().that().resideOutsideOfPackage("org.filmlens.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("only the window uses JavaFX");

    @ArchTest
    static final ArchRule servicesDoNotReachUp = noClasses().that().resideInAnyPackage(SERVICES)
            .should().dependOnClassesThat().resideInAnyPackage("org.filmlens.workspace..", "org.filmlens.cli..", "org.filmlens.ui..");

    @ArchTest
    static final ArchRule ingestStandsAlone = noClasses().that().resideInAPackage("org.filmlens.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.filmlens.quotes..", "org.filmlens.analysis..", "org.filmlens.index..",
                    "org.filmlens.annotations..");

    @ArchTest
    static final ArchRule quotesStandAlone = noClasses().that().resideInAPackage("org.filmlens.quotes..")
            .should().dependOnClassesThat().resideInAnyPackage("org.filmlens.ingest..", "org.filmlens.analysis..", "org.filmlens.index..",
                    "org.filmlens.annotations..");

    @ArchTest
    static final ArchRule indexStandsAlone = noClasses().that().resideInAPackage("org.filmlens.index..")
            .should().dependOnClassesThat().resideInAnyPackage("org.filmlens.ingest..", "org.filmlens.quotes..", "org.filmlens.analysis..",
                    "org.filmlens.annotations..");

    @ArchTest
    static final ArchRule annotationsStandAlone = noClasses().that().resideInAPackage("org.filmlens.annotations..")
            .should().dependOnClassesThat().resideInAnyPackage("org.filmlens.ingest..", "org.filmlens.quotes..", "org.filmlens.analysis..",
                    "org.filmlens.index..");

    @ArchTest
    static final ArchRule workspaceDoesNotKnowFrontEnds = noClasses().that().resideInAPackage("org.filmlens.workspace..")
            .should().dependOnClassesThat().resideInAnyPackage("org.filmlens.cli..", "org.filmlens.ui..");

    @ArchTest
    static final ArchRule frontEndsAreIndependent = noClasses().that().resideInAPackage("org.filmlens.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.filmlens.ui..");

    @ArchTest
    static final ArchRule uiDoesNotUseCli = noClasses().that().resideInAPackage("org.filmlens.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.filmlens.cli..");

    @ArchTest
    static final ArchRule onlyCliPrints = noClasses().that().resideOutsideOfPackage("org.filmlens.cli..")
            .should().accessField(System.class, "out")
            .because("only the command line prints to stdout; --json output must stay one clean document");
}
