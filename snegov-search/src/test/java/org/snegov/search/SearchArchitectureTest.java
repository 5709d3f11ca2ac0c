package org.snegov.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Search depends on the model, never on the store, readers or the app. */
@AnalyzeClasses(packages = "org.snegov.search", importOptions = ImportOption.DoNotIncludeTests.class)
class SearchArchitectureTest {

    @ArchTest
    static final ArchRule searchUsesOnlyTheModel = noClasses().that().resideInAPackage("org.snegov.search..")
            .should().dependOnClassesThat().resideInAnyPackage("org.snegov.store..", "org.snegov.read..",
                    "org.snegov.extract..", "org.snegov.app..", "java.sql..");
}
