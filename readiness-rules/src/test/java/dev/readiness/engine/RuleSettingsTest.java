package dev.readiness.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.rules.contract.Waivers;
import dev.readiness.rules.structure.ForbiddenFiles;
import dev.readiness.testing.FixedRule;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSettingsTest {

    @TempDir
    Path dir;

    @Test
    void binds_severity_strings() {
        Map<String, RuleSettings> settings = bind("""
                { "contract": 1, "rules": {
                    "structure.metadata": "error",
                    "structure.required-files": "off",
                    "ownership.owners": "warn" } }
                """);

        assertThat(settings.get("structure.metadata").severity()).isEqualTo(Severity.ERROR);
        assertThat(settings.get("structure.required-files").severity()).isEqualTo(Severity.OFF);
        assertThat(settings.get("ownership.owners").severity()).isEqualTo(Severity.WARN);
    }

    @Test
    void binds_severity_inside_an_options_object() {
        Map<String, RuleSettings> settings = bind("""
                { "contract": 1, "rules": { "structure.forbidden-files": { "severity": "warn", "patterns": ["**/*.csv"] } } }
                """);

        RuleSettings forbidden = settings.get("structure.forbidden-files");
        assertThat(forbidden.severity()).isEqualTo(Severity.WARN);
        assertThat(forbidden.options().get(ForbiddenFiles.PATTERNS)).containsExactly("**/*.csv");
        assertThat(forbidden.options().isSet(ForbiddenFiles.PATTERNS)).isTrue();
    }

    @Test
    void rules_the_contract_does_not_name_keep_their_defaults() {
        Map<String, RuleSettings> settings = bind("{ \"contract\": 1 }");

        assertThat(settings).containsOnlyKeys(RuleHarness.builtInRules().ids());
        assertThat(settings.get("structure.metadata").severity()).isEqualTo(Severity.WARN);
        assertThat(settings.get("documentation.readme").severity()).isEqualTo(Severity.OFF);
        assertThat(settings.get("contract.waivers").options().get(Waivers.MAX_DAYS)).isEqualTo(180L);
        assertThat(settings.get("contract.waivers").options().isSet(Waivers.MAX_DAYS)).isFalse();
    }

    @Test
    void a_rule_newer_than_the_contract_format_is_off_until_the_contract_opts_in() {
        RuleRegistry registry = new RuleRegistry(List.of(FixedRule.since("test.new", 2), FixedRule.holding("test.old")));

        RuleSettings first = RuleSettings.bind(load("{ \"contract\": 1 }"), registry).get("test.new");
        assertThat(first.severity()).isEqualTo(Severity.OFF);
        assertThat(first.offReason()).startsWith("new in contract format 2, off for a contract of format 1");
        assertThat(RuleSettings.bind(load("{ \"contract\": 1 }"), registry).get("test.old").severity())
                .isEqualTo(Severity.ERROR);
        assertThat(RuleSettings.bind(load("{ \"contract\": 2 }"), registry).get("test.new").severity())
                .isEqualTo(Severity.ERROR);
        assertThat(RuleSettings.bind(load("{ \"contract\": 1, \"rules\": { \"test.new\": { \"limit\": 4 } } }"),
                registry).get("test.new").severity()).isEqualTo(Severity.ERROR);
        assertThat(RuleSettings.bind(load("{ \"contract\": 1, \"rules\": { \"test.new\": \"warn\" } }"),
                registry).get("test.new").severity()).isEqualTo(Severity.WARN);
    }

    @Test
    void a_rule_turned_off_may_say_why() {
        Map<String, RuleSettings> settings = bind("""
                { "contract": 1, "rules": { "schemas.declared": { "severity": "off", "reason": "library: no JSON API" } } }
                """);

        assertThat(settings.get("schemas.declared").severity()).isEqualTo(Severity.OFF);
        assertThat(settings.get("schemas.declared").offReason()).isEqualTo("library: no JSON API");
    }

    @Test
    void a_blank_reason_is_refused() {
        InvalidInputException error = failure("""
                { "contract": 1, "rules": { "schemas.declared": { "severity": "off", "reason": " " } } }
                """);

        assertThat(error.problem()).isEqualTo("\"rules.schemas.declared.reason\" must be a text saying why the rule is off");
    }

    @Test
    void an_options_object_without_severity_keeps_the_default_severity() {
        Map<String, RuleSettings> settings = bind("""
                { "contract": 1, "rules": { "contract.waivers": { "maxDays": 30 } } }
                """);

        assertThat(settings.get("contract.waivers").severity()).isEqualTo(Severity.ERROR);
        assertThat(settings.get("contract.waivers").options().get(Waivers.MAX_DAYS)).isEqualTo(30L);
    }

    @Test
    void rejects_an_unknown_severity_with_its_line() {
        InvalidInputException error = failure("""
                { "contract": 1, "rules": {
                    "structure.metadata": "fatal" } }
                """);

        assertThat(error.problem()).isEqualTo("severity must be \"error\", \"warn\" or \"off\", found \"fatal\"");
        assertThat(error.location()).map(Location::line).contains(2);
    }

    @Test
    void rejects_a_severity_that_is_not_a_string() {
        InvalidInputException error = failure("""
                { "contract": 1, "rules": { "structure.metadata": { "severity": 2 } } }
                """);

        assertThat(error.problem()).isEqualTo("severity must be \"error\", \"warn\" or \"off\", found 2");
    }

    @Test
    void rejects_a_setting_that_is_neither_severity_nor_object() {
        InvalidInputException error = failure("""
                { "contract": 1, "rules": { "structure.metadata": true } }
                """);

        assertThat(error.problem()).startsWith("the setting of rule \"structure.metadata\" must be a severity");
    }

    @Test
    void unknown_rule_id_suggests_the_closest_with_file_and_line() {
        InvalidInputException error = failure("""
                {
                  "contract": 1,
                  "rules": {
                    "structure.metdata": "warn"
                  }
                }
                """);

        assertThat(error.problem()).isEqualTo("unknown rule id \"structure.metdata\"; did you mean \"structure.metadata\"?");
        assertThat(error.location()).contains(new Location(dir.resolve("readiness.json"), 4, 5));
        assertThat(error.fix()).contains("dependency of the plugin");
    }

    @Test
    void unknown_option_suggests_the_closest_with_its_line() {
        InvalidInputException error = failure("""
                {
                  "contract": 1,
                  "rules": {
                    "structure.forbidden-files": {
                      "pattern": ["**/*.csv"]
                    }
                  }
                }
                """);

        assertThat(error.problem())
                .isEqualTo("rule \"structure.forbidden-files\" has no option \"pattern\"; did you mean \"patterns\"?");
        assertThat(error.location()).map(Location::line).contains(5);
        assertThat(error.fix()).isEqualTo("its options are: severity, reason, patterns");
    }

    @Test
    void wrong_option_type_names_rule_option_and_expected_type() {
        InvalidInputException error = failure("""
                {
                  "contract": 1,
                  "rules": { "contract.waivers": {
                    "maxDays": "ninety" } }
                }
                """);

        assertThat(error.problem())
                .isEqualTo("\"rules.contract.waivers.maxDays\" must be a whole number of at least 1, found \"ninety\"");
        assertThat(error.location()).map(Location::line).contains(4);
        assertThat(error.fix()).contains("maxDays", "(default 180)");
    }

    @Test
    void wrong_list_element_names_its_index() {
        InvalidInputException error = failure("""
                { "contract": 1, "rules": { "structure.forbidden-files": { "patterns": ["**/*.csv", 3] } } }
                """);

        assertThat(error.problem()).isEqualTo("\"rules.structure.forbidden-files.patterns\" must be an array whose "
                + "element 1 is a non-empty string, found [\"**/*.csv\",3]");
    }

    @Test
    void always_is_not_an_option_of_a_rule_that_runs_in_every_build() {
        InvalidInputException error = failure("""
                { "contract": 1, "rules": { "structure.metadata": { "always": true } } }
                """);

        assertThat(error.problem()).startsWith("rule \"structure.metadata\" has no option \"always\"");
        assertThat(error.fix()).doesNotContain("always");
    }

    @Test
    void always_runs_a_release_only_rule_in_every_build() {
        Map<String, RuleSettings> settings = bindWithReleaseOnlyRule("""
                { "contract": 1, "rules": { "test.release-only": { "always": true } } }
                """);

        assertThat(settings.get("test.release-only").always()).isTrue();
        assertThat(settings.get("test.release-only").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void always_must_be_a_boolean() {
        Throwable thrown = catchThrowable(() -> bindWithReleaseOnlyRule("""
                { "contract": 1, "rules": { "test.release-only": { "always": "yes" } } }
                """));

        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown).problem())
                .isEqualTo("\"rules.test.release-only.always\" must be true or false");
    }

    @Test
    void the_options_of_a_release_only_rule_include_always() {
        Throwable thrown = catchThrowable(() -> bindWithReleaseOnlyRule("""
                { "contract": 1, "rules": { "test.release-only": { "alwys": true } } }
                """));

        assertThat(((InvalidInputException) thrown).problem()).endsWith("did you mean \"always\"?");
        assertThat(((InvalidInputException) thrown).fix()).isEqualTo("its options are: severity, reason, always, limit");
    }

    private Map<String, RuleSettings> bind(String contract) {
        return RuleSettings.bind(RuleHarness.in(dir).contract(contract).loadContract(), RuleHarness.builtInRules());
    }

    private dev.readiness.contract.LoadedContract load(String contract) {
        return RuleHarness.in(dir).contract(contract).loadContract();
    }

    private Map<String, RuleSettings> bindWithReleaseOnlyRule(String contract) {
        List<dev.readiness.api.Rule> rules = new ArrayList<>(RuleHarness.builtInRules().rules());
        rules.add(FixedRule.releaseOnly("test.release-only"));
        return RuleSettings.bind(RuleHarness.in(dir).contract(contract).loadContract(), new RuleRegistry(rules));
    }

    private InvalidInputException failure(String contract) {
        Throwable thrown = catchThrowable(() -> bind(contract));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }
}
