package dev.readiness.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.readiness.api.RuleResult;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import dev.readiness.testing.RuleHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contracts that are broken or built to hurt. Each is refused with one {@link InvalidInputException}: the file, the
 * line where there is one, what is wrong and the fix, printed by the plugin as one paragraph without a stack trace.
 */
class HostileContractTest {

    @TempDir
    Path dir;

    static Stream<Arguments> brokenContracts() {
        return Stream.of(
                broken("random bytes", random(2048), "malformed JSON"),
                broken("invalid UTF-8", new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1', '}'}, "malformed JSON"),
                broken("a UTF-16 byte order mark and garbage", new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', 0, 'x'}, ""),
                broken("an empty file", new byte[0], "a contract must be a JSON object, found an empty file"),
                broken("an array", text("[1, 2]"), "a contract must be a JSON object, found an array"),
                broken("100,000 nested arrays", text("{\"contract\": 1, \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"),
                        "exceeds a JSON limit"),
                broken("100,000 nested objects", text("{\"contract\": 1, \"x\": " + "{\"a\":".repeat(100_000) + "1"
                        + "}".repeat(100_000) + "}"), "exceeds a JSON limit"),
                broken("a number of 5,000 digits", text("{\"contract\": " + "1".repeat(5_000) + "}"), "exceeds a JSON limit"),
                broken("a number too large for the version", text("{\n\"contract\": 100000000000000000000}"), "contract"),
                broken("a huge exponent", text("{\n\"contract\": 1e999999999}"), "contract"),
                broken("a key of 60,000 characters", text("{\"" + "k".repeat(60_000) + "\": 1}"), "exceeds a JSON limit"),
                broken("duplicate keys", text("{\"contract\": 1,\n\"owners\": {},\n\"owners\": {}}"), "Duplicate field 'owners'"),
                broken("duplicate keys inside rules", text("{\"contract\": 1, \"rules\": {\n\"tests.flaky\": \"warn\",\n"
                        + "\"tests.flaky\": \"off\"}}"), "Duplicate field 'tests.flaky'"),
                broken("an unknown key", text("{\"contract\": 1,\n\"owner\": {}}"), "unknown key \"owner\""),
                broken("a wrong type", text("{\"contract\": 1,\n\"waivers\": {\"rule\": \"x\"}}"), "\"waivers\" must be an array"),
                broken("a string where a number belongs", text("{\"contract\": \"1\"}"), "\"contract\" must be a whole number"),
                broken("NaN", text("{\"contract\": NaN}"), "malformed JSON"),
                broken("truncated", text("{\"contract\": 1, \"owners\": {\"science\": \"a"), "malformed JSON"),
                broken("trailing content", text("{\"contract\": 1} {\"contract\": 1}"), ""));
    }

    private static Arguments broken(String name, byte[] bytes, String problem) {
        return Arguments.of(name, bytes, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenContracts")
    void a_broken_contract_is_one_paragraph_with_file_and_fix(String name, byte[] bytes, String problem) throws IOException {
        Path file = Files.write(dir.resolve("readiness.json"), bytes);

        Throwable thrown = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> catchThrowable(() -> load(file)));

        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        InvalidInputException error = (InvalidInputException) thrown;
        assertThat(error.problem()).contains(problem);
        assertOneParagraph(error, file);
    }

    @Test
    void a_directory_named_as_the_contract_or_extended_is_refused() throws IOException {
        Path contractDir = Files.createDirectories(dir.resolve("readiness.json"));
        Path child = Files.writeString(dir.resolve("child.json"), "{\"contract\": 1,\n\"extends\": \"policies\"}");
        Files.createDirectories(dir.resolve("policies"));

        InvalidInputException direct = failure(contractDir);
        InvalidInputException extended = failure(child);

        assertThat(direct.problem()).contains("is a directory, not a contract file");
        assertOneParagraph(direct, contractDir);
        assertThat(extended.problem()).contains("is a directory");
        assertThat(extended.location()).contains(new Location(child, 2, 1));
    }

    @Test
    void a_contract_larger_than_the_limit_is_refused_before_it_is_parsed() throws IOException {
        Path file = dir.resolve("readiness.json");
        Files.writeString(file, "{\"contract\": 1, \"x\": \"" + "x".repeat(ContractLoader.MAX_BYTES) + "\"}");

        InvalidInputException error = failure(file);

        assertThat(error.problem()).contains("larger than");
        assertOneParagraph(error, file);
    }

    @Test
    void extends_and_policy_may_point_outside_the_repository() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Path repository = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(outside.resolve("org.json"), "{\"contract\": 1, \"owners\": {\"science\": \"org\"}}");
        Files.writeString(outside.resolve("policy.json"), "{\"contract\": 1, \"owners\": {\"oncall\": \"pager\"}}");
        Path contract = Files.writeString(repository.resolve("readiness.json"),
                "{\"contract\": 1, \"extends\": \"../elsewhere/org.json\"}");

        LoadedContract loaded = new ContractLoader(getClass().getClassLoader()).load(ContractSource.file(contract),
                Optional.of(ContractSource.parse(outside.resolve("policy.json").toString(), repository)));

        assertThat(loaded.contract().owners().science()).isEqualTo("org");
        assertThat(loaded.contract().owners().oncall()).isEqualTo("pager");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesThatAreNotContracts")
    void extending_a_file_that_is_not_a_contract_never_prints_its_content(String name, String content, String secret)
            throws IOException {
        Path outside = Files.createDirectories(dir.resolve("home/.config")).resolve("token");
        Files.writeString(outside, content);
        Path child = Files.writeString(Files.createDirectories(dir.resolve("repo")).resolve("readiness.json"),
                "{\"contract\": 1, \"extends\": \"" + outside + "\"}");

        InvalidInputException error = failure(child);

        assertThat(error.getMessage()).contains(outside.toString()).doesNotContain(secret);
        assertThat(error.location()).map(Location::line).hasValue(1);
    }

    static Stream<Arguments> filesThatAreNotContracts() {
        return Stream.of(
                Arguments.of("an access token", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789\n", "aBcDeFgHiJk"),
                Arguments.of("a password file", "hunter2\n", "hunter2"),
                Arguments.of("a JSON web token", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl", "eyJhbGci"),
                Arguments.of("truncated JSON holding a secret", "{\"token\": \"s3cr3t-in-json-0042\"", "s3cr3t-in-json"),
                Arguments.of("an INI file", "[default]\naws_secret_access_key = wJalrXUtnFEMI-K7MDENG\n", "wJalrXUtnFEMI"));
    }

    @Test
    void a_wrong_option_type_names_the_rule_the_option_and_the_expected_type() {
        RuleHarness project = RuleHarness.in(dir).contract("{\"contract\": 1, \"rules\": {\n"
                + "  \"tests.skipped\": {\"maxRatio\": \"ten percent\"}}}");

        InvalidInputException error = engineFailure(project);

        assertThat(error.problem()).isEqualTo(
                "\"rules.tests.skipped.maxRatio\" must be a ratio from 0 to 1 (0.8 means 80%), found \"ten percent\"");
        assertThat(error.location()).contains(new Location(project.contractFile(), 2, 21));
        assertThat(error.fix()).contains("maxRatio", "default 0.1");
    }

    @Test
    void a_ratio_outside_0_to_1_is_refused_with_its_line() {
        RuleHarness above = RuleHarness.in(dir.resolve("above")).contract("{\"contract\": 1, \"rules\": {\n"
                + "  \"coverage.overall\": {\"line\": 80}}}");
        RuleHarness below = RuleHarness.in(dir.resolve("below")).contract("{\"contract\": 1, \"rules\": {\n"
                + "  \"coverage.overall\": {\"branch\": -0.1}}}");

        assertThat(engineFailure(above).problem()).isEqualTo(
                "\"rules.coverage.overall.line\" must be a ratio from 0 to 1 (0.8 means 80%), found 80");
        assertThat(engineFailure(below).problem()).startsWith("\"rules.coverage.overall.branch\" must be a ratio from 0 to 1");
        assertThat(engineFailure(above).location()).map(Location::line).contains(2);
    }

    @Test
    void a_whole_number_option_given_a_fraction_or_a_huge_number_is_refused() {
        RuleHarness fraction = RuleHarness.in(dir.resolve("fraction")).contract("{\"contract\": 1, \"rules\": {\n"
                + "  \"tests.executed\": {\"min\": 1.5}}}");
        RuleHarness huge = RuleHarness.in(dir.resolve("huge")).contract("{\"contract\": 1, \"rules\": {\n"
                + "  \"tests.executed\": {\"min\": 99999999999999999999999}}}");

        assertThat(engineFailure(fraction).problem()).startsWith("\"rules.tests.executed.min\" must be a whole number");
        assertThat(engineFailure(huge).problem()).startsWith("\"rules.tests.executed.min\" must be a whole number");
    }

    @Test
    void an_invalid_waiver_date_fails_contract_waivers_with_its_line() {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {"contract": 1,
                 "waivers": [
                   {"rule": "tests.flaky", "reason": "r", "owner": "o", "expires": "2026-02-30"}]}
                """);

        Report report = project.check();

        RuleResult waivers = RuleHarness.result(report, "contract.waivers");
        assertThat(waivers.status()).isEqualTo(Status.FAIL);
        assertThat(waivers.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("\"2026-02-30\", which is not a date YYYY-MM-DD");
            assertThat(finding.location()).map(Location::line).contains(3);
        });
    }

    @Test
    void random_mutations_of_a_valid_contract_end_as_a_contract_or_one_invalid_input_error() throws IOException {
        byte[] valid = """
                {
                  // a comment
                  "contract": 1,
                  "owners": {"science": "ana@acme.example", "engineering": "ml@acme.example", "oncall": "https://x"},
                  "operations": {"resources": {"cpu": "2", "memory": "4Gi"},
                                 "failureModes": [{"mode": "m", "detection": "d", "mitigation": "x"}]},
                  "schemas": [{"name": "n", "role": "input", "schema": "s.json", "samples": {"valid": ["a"], "invalid": []}}],
                  "metrics": {"files": ["m.json"], "thresholds": {"auc": {"min": 0.8}}, "maxRegression": 0.05},
                  "rules": {"coverage.core": {"include": ["com.**"], "line": 0.9}, "tests.flaky": "warn"},
                  "waivers": [{"rule": "tests.flaky", "reason": "r", "owner": "o", "expires": "2026-12-01"}],
                }
                """.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(7);
        ContractLoader loader = new ContractLoader(getClass().getClassLoader());
        for (int i = 0; i < 2_000; i++) {
            byte[] mutated = valid.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            ContractSource source = ContractSource.file(dir.resolve("mutation-" + i + ".json"));
            try {
                loader.parse(source, mutated);
            } catch (InvalidInputException e) {
                assertThat(e.location()).as("mutation %d", i).isPresent();
            }
        }
    }

    private static void assertOneParagraph(InvalidInputException error, Path file) {
        assertThat(error.location()).hasValueSatisfying(location -> assertThat(location.file()).isEqualTo(file));
        assertThat(error.getMessage()).startsWith(file.toString()).contains("\n  Fix: ");
        assertThat(error.fix()).isNotBlank();
        assertThat(error.problem()).doesNotContain("\n", "\tat ").hasSizeLessThan(400);
        assertThat(error.getCause()).isNull();
    }

    private static InvalidInputException engineFailure(RuleHarness project) {
        Throwable thrown = catchThrowable(project::check);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }

    private LoadedContract load(Path file) {
        return new ContractLoader(getClass().getClassLoader()).load(ContractSource.file(file), Optional.empty());
    }

    private InvalidInputException failure(Path file) {
        Throwable thrown = catchThrowable(() -> load(file));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(11).nextBytes(bytes);
        return bytes;
    }
}
