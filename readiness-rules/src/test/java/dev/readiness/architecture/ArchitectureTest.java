package dev.readiness.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The layering of the library, checked on the compiled main classes (docs/architecture.md describes it):
 * core, then contract, facts, readers, the rule API, the engine and the rules, then the report writers and init;
 * nothing depends on a layer above it.
 */
@AnalyzeClasses(packages = "dev.readiness", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Rule classes that still open files or use {@code java.net}: the schema files and the {@code $ref} walk, until
     * schemas become evidence read once per module. Remove each entry when its class stops doing so; the list may only
     * shrink.
     */
    static final Set<String> RULES_STILL_DOING_IO = Set.of(
            "dev.readiness.rules.schemas.SchemaFiles",
            "dev.readiness.rules.schemas.SchemaRefCycles");

    /**
     * Rule API classes that still expose Jackson types: {@code OptionType} reads and writes {@code JsonNode} until
     * options reach rules as JDK-typed values. Remove the entry when it no longer does; the list may only shrink.
     */
    static final Set<String> API_STILL_ON_JACKSON = Set.of(
            "dev.readiness.api.OptionType");

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

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("core").definedBy("dev.readiness.core..")
            .layer("contract").definedBy("dev.readiness.contract..")
            .layer("facts").definedBy("dev.readiness.facts..")
            .layer("readers").definedBy("dev.readiness.readers..")
            .layer("api").definedBy("dev.readiness.api..")
            .layer("engine").definedBy("dev.readiness.engine..")
            .layer("rules").definedBy("dev.readiness.rules..")
            .layer("reports").definedBy("dev.readiness.reports..")
            .layer("init").definedBy("dev.readiness.init..")
            .whereLayer("contract").mayOnlyBeAccessedByLayers("api", "engine", "rules", "reports", "init")
            .whereLayer("facts").mayOnlyBeAccessedByLayers("readers", "api", "engine", "rules", "reports", "init")
            .whereLayer("readers").mayOnlyBeAccessedByLayers("api", "engine", "rules", "reports", "init")
            .whereLayer("api").mayOnlyBeAccessedByLayers("engine", "rules", "reports", "init")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("reports", "init")
            .whereLayer("rules").mayNotBeAccessedByAnyLayer()
            .whereLayer("reports").mayNotBeAccessedByAnyLayer()
            .whereLayer("init").mayNotBeAccessedByAnyLayer()
            .because("each layer builds on the ones below it: records know no parsing, the engine knows no rule, "
                    + "rules are found through ServiceLoader, and only the plugin puts the goals together");

    @ArchTest
    static final ArchRule rules_do_no_file_or_network_io = noClasses()
            .that().resideInAPackage("dev.readiness.rules..")
            .and(outside(RULES_STILL_DOING_IO))
            .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
            .orShould().dependOnClassesThat().resideInAPackage("java.net..")
            .because("a rule computes on facts; the readers read, once per module");

    @ArchTest
    static final ArchRule rule_api_is_jdk_typed = noClasses()
            .that().resideInAPackage("dev.readiness.api..")
            .and(outside(API_STILL_ON_JACKSON))
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
            .because("a third-party rule author builds on JDK types; Jackson stays inside the contract loader");

    @ArchTest
    static final ArchRule init_is_not_the_engine = noClasses()
            .that().resideInAPackage("dev.readiness.engine..")
            .should().haveSimpleNameContaining("Starter")
            .orShould().dependOnClassesThat().resideInAPackage("dev.readiness.init..")
            .because("readiness:init has its own package; each rule contributes its starter entry by its descriptor");

    private static DescribedPredicate<JavaClass> outside(Set<String> exceptions) {
        return DescribedPredicate.describe("not one of " + exceptions, c -> !exceptions.contains(outermost(c).getName()));
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
