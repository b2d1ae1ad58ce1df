package org.filmlens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package arrows of docs/architecture.md: a wrong arrow fails the build, not a review. */
@AnalyzeClasses(packages = "org.filmlens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] SERVICES = {"..ingest..", "..quotes..", "..analysis..", "..index..",
            "..annotations.."};

    @ArchTest
    static final ArchRule corpusIsPlainJava = noClasses().that().resideInAPackage("..corpus..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..corpus..")
            .because("the domain records depend on the JDK only");

    @ArchTest
    static final ArchRule onlyIndexImportsLucene = noClasses().that().resideOutsideOfPackage("..index..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
            .because("the index package owns the Lucene lifecycle");

    @ArchTest
    static final ArchRule onlyUiImportsJavaFx = noClasses().that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("only the window uses JavaFX");

    @ArchTest
    static final ArchRule servicesDoNotReachUp = noClasses().that().resideInAnyPackage(SERVICES)
            .should().dependOnClassesThat().resideInAnyPackage("..workspace..", "..cli..", "..ui..");

    @ArchTest
    static final ArchRule ingestStandsAlone = noClasses().that().resideInAPackage("..ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("..quotes..", "..analysis..", "..index..",
                    "..annotations..");

    @ArchTest
    static final ArchRule quotesStandAlone = noClasses().that().resideInAPackage("..quotes..")
            .should().dependOnClassesThat().resideInAnyPackage("..ingest..", "..analysis..", "..index..",
                    "..annotations..");

    @ArchTest
    static final ArchRule indexStandsAlone = noClasses().that().resideInAPackage("..index..")
            .should().dependOnClassesThat().resideInAnyPackage("..ingest..", "..quotes..", "..analysis..",
                    "..annotations..");

    @ArchTest
    static final ArchRule annotationsStandAlone = noClasses().that().resideInAPackage("..annotations..")
            .should().dependOnClassesThat().resideInAnyPackage("..ingest..", "..quotes..", "..analysis..",
                    "..index..");

    @ArchTest
    static final ArchRule workspaceDoesNotKnowFrontEnds = noClasses().that().resideInAPackage("..workspace..")
            .should().dependOnClassesThat().resideInAnyPackage("..cli..", "..ui..");

    @ArchTest
    static final ArchRule frontEndsAreIndependent = noClasses().that().resideInAPackage("..cli..")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule uiDoesNotUseCli = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("..cli..");

    @ArchTest
    static final ArchRule onlyCliPrints = noClasses().that().resideOutsideOfPackage("..cli..")
            .should().accessField(System.class, "out")
            .because("only the command line prints to stdout; --json output must stay one clean document");
}
