package org.snegov.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The edges (CLI, web) are thin: they call the services and never the store, search or readers directly. */
@AnalyzeClasses(packages = "org.snegov.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule edgesCallOnlyServices = noClasses()
            .that().resideInAnyPackage("org.snegov.app.cli..", "org.snegov.app.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.snegov.store..", "org.snegov.search..",
                    "org.snegov.read..", "org.snegov.extract..", "java.sql..", "org.apache.lucene..");

    @ArchTest
    static final ArchRule servicesKnowNoEdge = noClasses().that().resideInAPackage("org.snegov.app.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.snegov.app.cli..", "org.snegov.app.web..",
                    "io.javalin..", "picocli..", "gg.jte..");

    @ArchTest
    static final ArchRule cliAndWebAreIndependent = noClasses().that().resideInAPackage("org.snegov.app.web..")
            .should().dependOnClassesThat().resideInAPackage("org.snegov.app.cli..");
}
