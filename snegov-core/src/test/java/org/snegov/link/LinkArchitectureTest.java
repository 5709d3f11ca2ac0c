package org.snegov.link;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class LinkArchitectureTest {

    @Test
    void linkageDoesNoIoAndKnowsNoStoreSearchOrReader() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.snegov.link");
        noClasses().that().resideInAPackage("org.snegov.link..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.sql..",
                        "org.snegov.store..", "org.snegov.search..", "org.snegov.read..", "org.snegov.extract..",
                        "org.snegov.eval..", "org.snegov.app..")
                .check(classes);
    }
}
