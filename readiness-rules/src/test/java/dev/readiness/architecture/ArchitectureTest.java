package dev.readiness.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering STYLE.md asks for, checked on the compiled main classes. */
@AnalyzeClasses(packages = "dev.readiness", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule rules_do_not_depend_on_maven = noClasses()
            .that().resideInAPackage("dev.readiness..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..")
            .because("readiness-rules is a plain library; only the plugin adapts Maven's model to facts");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("dev.readiness.(*)..")
            .should().beFreeOfCycles()
            .because("the API, facts, contract, engine and rules form layers");
}
