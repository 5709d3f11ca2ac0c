package org.snegov;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package arrows of the core module, as docs/architecture.md draws them. */
@AnalyzeClasses(packages = "org.snegov", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingButTheJdk = classes().that().resideInAPackage("org.snegov.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.snegov.model..", "java..");

    @ArchTest
    static final ArchRule readersAndExtractionDoNotReachEvaluation = noClasses()
            .that().resideInAnyPackage("org.snegov.read..", "org.snegov.extract..")
            .should().dependOnClassesThat().resideInAPackage("org.snegov.eval..");

    @ArchTest
    static final ArchRule coreHasNoIoFrameworks = noClasses().that().resideInAPackage("org.snegov..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.lucene..");

    @ArchTest
    static final ArchRule noGrabBagPackages = noClasses().should().resideInAnyPackage("..util..", "..common..", "..misc..");
}
