package org.snegov.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The store depends on the model, never on readers, extraction, search or the app. */
@AnalyzeClasses(packages = "org.snegov.store", importOptions = ImportOption.DoNotIncludeTests.class)
class StoreArchitectureTest {

    @ArchTest
    static final ArchRule storeUsesOnlyTheModel = noClasses().that().resideInAPackage("org.snegov.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.snegov.read..", "org.snegov.extract..",
                    "org.snegov.search..", "org.snegov.app..", "org.snegov.eval..");

    @ArchTest
    static final ArchRule jdbcStaysBehindTheRepositories = classes().that().resideInAPackage("org.snegov.store..")
            .and().haveSimpleNameStartingWith("Jdbi").should().notBePublic();
}
