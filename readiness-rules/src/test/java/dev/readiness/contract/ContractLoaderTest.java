package dev.readiness.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractLoaderTest {

    @TempDir
    Path dir;

    private final ContractLoader loader = new ContractLoader(getClass().getClassLoader());

    @Test
    void accepts_comments_and_trailing_commas() throws IOException {
        Path file = write("readiness.json", """
                {
                  // the format version
                  "contract": 1, /* a block comment */
                  "owners": { "science": "ana@acme.example", },
                  "waivers": [],
                }
                """);

        LoadedContract loaded = load(file);

        assertThat(loaded.contract().contract()).isEqualTo(1);
        assertThat(loaded.contract().owners().science()).isEqualTo("ana@acme.example");
        assertThat(loaded.chain()).hasSize(1);
        assertThat(loaded.top().sha256()).hasSize(64);
    }

    @Test
    void binds_every_section_of_the_spec_example() throws IOException {
        Path file = write("readiness.json", """
                {
                  "contract": 1,
                  "owners": { "science": "ana@acme.example", "engineering": "ml-platform@acme.example",
                              "oncall": "https://oncall.acme.example/churn" },
                  "entryPoint": "com.acme.churn.ScoreCli",
                  "operations": {
                    "resources": { "cpu": "2", "memory": "4Gi" },
                    "failureModes": [ { "mode": "feature store unreachable", "detection": "alert",
                                        "mitigation": "serve cached scores" } ]
                  },
                  "schemas": [ { "name": "score-request", "role": "input", "schema": "s.json",
                                 "samples": { "valid": ["a-*.json"], "invalid": ["b-*.json"] } } ],
                  "metrics": { "files": ["target/metrics.json"], "thresholds": { "auc": { "min": 0.85 } } },
                  "rules": { "structure.metadata": "warn" },
                  "waivers": [ { "rule": "coverage.overall", "reason": "legacy", "owner": "ana", "expires": "2027-02-01" } ]
                }
                """);

        Contract contract = load(file).contract();

        assertThat(contract.entryPointClass()).contains("com.acme.churn.ScoreCli");
        assertThat(contract.operations().resources()).containsEntry("memory", "4Gi");
        assertThat(contract.operations().failureModes()).singleElement()
                .extracting(Contract.FailureMode::mode).isEqualTo("feature store unreachable");
        assertThat(contract.schemas()).singleElement().extracting(s -> s.samples().valid()).asList().containsExactly("a-*.json");
        assertThat(contract.metrics().thresholds().get("auc").min()).contains(0.85);
        assertThat(contract.metrics().baseline()).isEqualTo(Contract.Metrics.DEFAULT_BASELINE);
        assertThat(contract.rules()).containsKey("structure.metadata");
        assertThat(contract.waivers()).singleElement().extracting(Contract.Waiver::expires).isEqualTo("2027-02-01");
    }

    @Test
    void malformed_json_names_file_line_and_column() throws IOException {
        Path file = write("readiness.json", """
                {
                  "contract": 1
                  "owners": {}
                }
                """);

        InvalidInputException error = failure(file);

        assertThat(error.location()).hasValueSatisfying(location -> {
            assertThat(location.file()).isEqualTo(file);
            assertThat(location.line()).isEqualTo(3);
            assertThat(location.column()).isPositive();
        });
        assertThat(error.problem()).startsWith("malformed JSON");
        assertThat(error.getMessage()).startsWith(file + ":3:").contains("Fix:");
    }

    @Test
    void unknown_top_level_key_suggests_the_closest_key_with_its_line() throws IOException {
        Path file = write("readiness.json", """
                {
                  "contract": 1,
                  "ownrs": { "science": "ana" }
                }
                """);

        InvalidInputException error = failure(file);

        assertThat(error.problem()).isEqualTo("unknown key \"ownrs\" at the top level; did you mean \"owners\"?");
        assertThat(error.location()).contains(new Location(file, 3, 3));
        assertThat(error.fix()).contains("owners", "waivers").doesNotContain("$schema");
    }

    @Test
    void reads_the_runtime_java_and_rejects_an_unknown_runtime_key() throws IOException {
        Path good = write("readiness.json", """
                {
                  "contract": 2,
                  "operations": { "runtime": { "java": 21 } }
                }
                """);
        assertThat(load(good).contract().operations().runtime().java()).hasValue(21);

        Path bad = write("bad/readiness.json", """
                {
                  "contract": 2,
                  "operations": {
                    "runtime": { "jdk": 21 }
                  }
                }
                """);

        InvalidInputException error = failure(bad);

        assertThat(error.problem()).startsWith("unknown key \"jdk\"");
        assertThat(error.location()).map(Location::line).contains(4);
    }

    @Test
    void unknown_nested_key_names_its_section() throws IOException {
        Path file = write("readiness.json", """
                {
                  "contract": 1,
                  "owners": {
                    "scince": "ana"
                  }
                }
                """);

        InvalidInputException error = failure(file);

        assertThat(error.problem()).isEqualTo("unknown key \"scince\" in \"owners\"; did you mean \"science\"?");
        assertThat(error.location()).map(Location::line).contains(4);
    }

    @Test
    void contract_version_as_a_string_names_the_key_and_line() throws IOException {
        Path file = write("readiness.json", """
                {
                  "owners": {},
                  "contract": "1"
                }
                """);

        InvalidInputException error = failure(file);

        assertThat(error.problem()).isEqualTo("\"contract\" must be a whole number, found the string \"1\"");
        assertThat(error.location()).map(Location::line).contains(3);
    }

    @Test
    void threshold_as_a_string_names_the_key_path_and_line() throws IOException {
        Path file = write("readiness.json", """
                {
                  "contract": 1,
                  "metrics": {
                    "thresholds": {
                      "auc": { "min": "0.85" }
                    }
                  }
                }
                """);

        InvalidInputException error = failure(file);

        assertThat(error.problem()).isEqualTo("\"metrics.thresholds.auc.min\" must be a number, found the string \"0.85\"");
        assertThat(error.location()).map(Location::line).contains(5);
    }

    @Test
    void section_of_the_wrong_shape_says_what_was_expected() throws IOException {
        Path file = write("readiness.json", """
                {
                  "contract": 1,
                  "owners": "ana@acme.example"
                }
                """);

        InvalidInputException error = failure(file);

        assertThat(error.problem()).isEqualTo("\"owners\" must be an object, found the string \"ana@acme.example\"");
        assertThat(error.location()).map(Location::line).contains(3);
    }

    @Test
    void rejects_duplicate_keys() throws IOException {
        Path file = write("readiness.json", """
                {
                  "contract": 1,
                  "owners": { "science": "ana", "science": "bob" }
                }
                """);

        InvalidInputException error = failure(file);

        assertThat(error.problem()).startsWith("malformed JSON").contains("Duplicate", "science");
        assertThat(error.location()).map(Location::line).contains(3);
    }

    @Test
    void rejects_a_contract_without_format_version() throws IOException {
        Path file = write("readiness.json", "{ \"owners\": {} }");

        InvalidInputException error = failure(file);

        assertThat(error.problem()).isEqualTo("the contract has no \"contract\" format version");
        assertThat(error.fix()).isEqualTo("add \"contract\": 2 at the top of the file (or 1 to keep the rules of the first "
                + "format only)");
        assertThat(error.location()).map(Location::file).contains(file);
    }

    @Test
    void rejects_a_contract_format_version_newer_than_the_plugin() throws IOException {
        Path file = write("readiness.json", """
                {
                  "contract": 3
                }
                """);

        InvalidInputException error = failure(file);

        assertThat(error.problem()).isEqualTo("unsupported contract format version 3 (this plugin reads versions 1 to 2)");
        assertThat(error.fix()).contains("\"contract\": 2");
        assertThat(error.location()).map(Location::line).contains(2);
    }

    @Test
    void rejects_a_document_that_is_not_an_object() throws IOException {
        assertThat(failure(write("array.json", "[1, 2]")).problem())
                .isEqualTo("a contract must be a JSON object, found an array");
        assertThat(failure(write("string.json", "\"contract\"")).problem())
                .isEqualTo("a contract must be a JSON object, found the string \"contract\"");
        assertThat(failure(write("empty.json", "")).problem())
                .isEqualTo("a contract must be a JSON object, found an empty file");
    }

    @Test
    void rejects_a_missing_contract_file_with_the_command_that_creates_one() {
        Path file = dir.resolve("readiness.json");

        InvalidInputException error = failure(file);

        assertThat(error.problem()).isEqualTo("the contract " + file + " does not exist");
        assertThat(error.fix()).contains("mvn readiness:init");
    }

    @Test
    void extends_merges_objects_key_by_key_with_the_child_winning() throws IOException {
        write("org/policy.json", """
                {
                  "contract": 1,
                  "owners": { "science": "policy-science", "engineering": "ml-platform@acme.example" },
                  "operations": { "resources": { "cpu": "1", "memory": "1Gi" } },
                  "rules": { "structure.metadata": "error", "structure.required-files": { "files": ["README.md"] } },
                  "waivers": [ { "rule": "a.b" }, { "rule": "c.d" } ]
                }
                """);
        Path child = write("readiness.json", """
                {
                  "contract": 1,
                  "extends": "org/policy.json",
                  "owners": { "science": "ana@acme.example" },
                  "operations": { "resources": { "cpu": "2" } },
                  "rules": { "structure.metadata": "warn" },
                  "waivers": [ { "rule": "e.f" } ]
                }
                """);

        LoadedContract loaded = load(child);

        Contract merged = loaded.contract();
        assertThat(merged.owners().science()).isEqualTo("ana@acme.example");
        assertThat(merged.owners().engineering()).isEqualTo("ml-platform@acme.example");
        assertThat(merged.operations().resources()).containsEntry("cpu", "2").containsEntry("memory", "1Gi");
        assertThat(merged.rules().get("structure.metadata").asText()).isEqualTo("warn");
        assertThat(merged.rules()).containsKey("structure.required-files");
        assertThat(merged.waivers()).extracting(Contract.Waiver::rule).containsExactly("e.f");
        assertThat(loaded.tree().has("extends")).isFalse();
        assertThat(loaded.chain()).extracting(layer -> layer.source().file().orElseThrow())
                .containsExactly(child, dir.resolve("org/policy.json"));
    }

    @Test
    void locates_a_merged_value_in_the_file_that_declares_it() throws IOException {
        Path policy = write("org/policy.json", """
                {
                  "contract": 1,
                  "owners": {
                    "engineering": "ml-platform@acme.example"
                  }
                }
                """);
        Path child = write("readiness.json", """
                {
                  "contract": 1,
                  "extends": "org/policy.json",
                  "owners": { "science": "ana@acme.example" }
                }
                """);

        LoadedContract loaded = load(child);

        assertThat(loaded.locate("/owners/engineering")).isEqualTo(new Location(policy, 4, 5));
        assertThat(loaded.locate("/owners/science").file()).isEqualTo(child);
    }

    @Test
    void locates_an_option_left_at_its_default_on_the_rule_entry_of_the_contract_that_names_the_rule() throws IOException {
        Path policy = write("org/policy.json", """
                {
                  "contract": 1,
                  "rules": {
                    "structure.metadata": "warn",
                    "coverage.core": { "include": ["com.acme.**"] }
                  }
                }
                """);
        Path child = write("readiness.json", """
                {
                  "contract": 1,
                  "extends": "org/policy.json",
                  "rules": {
                    "structure.metadata": "error"
                  }
                }
                """);

        LoadedContract loaded = load(child);

        assertThat(loaded.locate("/rules/coverage.core/line")).isEqualTo(new Location(policy, 5, 5));
        assertThat(loaded.locate("/rules/structure.metadata/elements")).isEqualTo(new Location(child, 5, 5));
        assertThat(loaded.locate("/rules/dependencies.lock/severity")).isEqualTo(new Location(child, 4, 3));
    }

    @Test
    void follows_a_chain_of_three_and_then_the_policy() throws IOException {
        write("c.json", "{ \"contract\": 1, \"owners\": { \"oncall\": \"from-c\", \"science\": \"from-c\" } }");
        write("b.json", "{ \"contract\": 1, \"extends\": \"c.json\", \"owners\": { \"science\": \"from-b\" } }");
        Path a = write("a.json", "{ \"contract\": 1, \"extends\": \"b.json\" }");
        Path policy = write("policy.json", "{ \"contract\": 1, \"owners\": { \"engineering\": \"from-policy\", \"oncall\": \"from-policy\" } }");

        LoadedContract loaded = loader.load(ContractSource.file(a), Optional.of(ContractSource.file(policy)));

        assertThat(loaded.chain()).hasSize(4);
        assertThat(loaded.chain().get(3).source().file()).contains(policy);
        assertThat(loaded.contract().owners()).isEqualTo(new Contract.Owners("from-b", "from-policy", "from-c"));
    }

    @Test
    void extends_cycle_names_the_chain() throws IOException {
        Path a = write("a.json", "{ \"contract\": 1, \"extends\": \"b.json\" }");
        Path b = write("b.json", """
                {
                  "contract": 1,
                  "extends": "a.json"
                }
                """);

        InvalidInputException error = failure(a);

        assertThat(error.problem()).isEqualTo("the contracts extend each other in a cycle: " + a + " -> " + b + " -> " + a);
        assertThat(error.location()).map(Location::file).contains(b);
        assertThat(error.location()).map(Location::line).contains(3);
    }

    @Test
    void a_contract_extending_itself_is_a_cycle() throws IOException {
        Path a = write("a.json", "{ \"contract\": 1, \"extends\": \"./a.json\" }");

        assertThat(failure(a).problem()).isEqualTo("the contracts extend each other in a cycle: " + a + " -> " + a);
    }

    @Test
    void unreachable_https_extends_is_a_clear_error_at_the_extends_line() throws IOException {
        // Port 1 on the loopback address refuses at once: no network is needed to see the error.
        Path child = write("readiness.json", """
                {
                  "contract": 1,
                  "extends": "https://127.0.0.1:1/org/readiness-policy.json"
                }
                """);

        InvalidInputException error = failure(child);

        assertThat(error.problem()).startsWith("cannot fetch the contract https://127.0.0.1:1/org/readiness-policy.json");
        assertThat(error.location()).contains(new Location(child, 3, 3));
        assertThat(error.fix()).contains("classpath:");
    }

    @Test
    void an_https_contract_is_fetched_through_the_proxy_the_settings_name_for_it() throws Exception {
        try (ServerSocket proxy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // A proxy that refuses every tunnel, after noting what it was asked.
            CompletableFuture<String> asked = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = proxy.accept()) {
                    String request = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.US_ASCII)).readLine();
                    socket.getOutputStream().write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    return request;
                } catch (IOException e) {
                    return e.toString();
                }
            });
            HttpProxy settings = new HttpProxy("127.0.0.1", proxy.getLocalPort(), Optional.empty(), Optional.empty());
            ContractLoader behindProxy = new ContractLoader(getClass().getClassLoader(),
                    uri -> uri.getHost().endsWith(".acme.example") ? Optional.of(settings) : Optional.empty());
            Path child = write("readiness.json", """
                    {
                      "contract": 1,
                      "extends": "https://contracts.acme.example/org/readiness-policy.json"
                    }
                    """);

            Throwable thrown = catchThrowable(() -> behindProxy.load(ContractSource.file(child), Optional.empty()));

            assertThat(asked.get(30, TimeUnit.SECONDS)).isEqualTo("CONNECT contracts.acme.example:443 HTTP/1.1");
            assertThat(thrown).isInstanceOf(InvalidInputException.class);
            InvalidInputException error = (InvalidInputException) thrown;
            assertThat(error.problem()).startsWith("cannot fetch the contract https://contracts.acme.example/org/"
                    + "readiness-policy.json through the proxy 127.0.0.1:" + proxy.getLocalPort() + " of the build's settings");
            assertThat(error.location()).contains(new Location(child, 3, 3));
            assertThat(error.fix()).contains("the proxy in settings.xml");
        }
    }

    @Test
    void missing_extends_file_names_the_extending_file_and_line() throws IOException {
        Path child = write("readiness.json", """
                {
                  "contract": 1,
                  "extends": "../org/missing.json"
                }
                """);

        InvalidInputException error = failure(child);

        assertThat(error.problem()).isEqualTo("the contract " + dir.resolve("../org/missing.json").normalize() + " does not exist");
        assertThat(error.location()).contains(new Location(child, 3, 3));
        assertThat(error.fix()).contains("relative to the extending contract");
    }

    @Test
    void an_error_in_an_extended_contract_names_that_file() throws IOException {
        Path policy = write("org/policy.json", """
                {
                  "contract": 1,
                  "ownerz": {}
                }
                """);
        Path child = write("readiness.json", "{ \"contract\": 1, \"extends\": \"org/policy.json\" }");

        InvalidInputException error = failure(child);

        assertThat(error.location()).contains(new Location(policy, 3, 3));
    }

    @Test
    void extends_a_classpath_resource_and_resolves_its_own_extends_beside_it() throws IOException {
        Path child = write("readiness.json", """
                {
                  "contract": 1,
                  "extends": "classpath:policies/org-policy.json",
                  "owners": { "science": "ana@acme.example" }
                }
                """);

        LoadedContract loaded = load(child);

        assertThat(loaded.chain()).extracting(layer -> layer.source().reference())
                .containsExactly(child.toString(), "classpath:policies/org-policy.json", "classpath:policies/base-policy.json");
        assertThat(loaded.contract().owners().science()).isEqualTo("ana@acme.example");
        assertThat(loaded.contract().owners().engineering()).isEqualTo("ml-platform@acme.example");
        assertThat(loaded.contract().rules().get("structure.metadata").asText()).isEqualTo("error");
        assertThat(loaded.contract().rules().get("documentation.readme").asText()).isEqualTo("error");
    }

    @Test
    void a_missing_classpath_resource_says_to_add_the_policy_jar() throws IOException {
        Path child = write("readiness.json", """
                {
                  "contract": 1,
                  "extends": "classpath:policies/nope.json"
                }
                """);

        InvalidInputException error = failure(child);

        assertThat(error.problem()).isEqualTo("the contract classpath:policies/nope.json is not on the plugin's classpath");
        assertThat(error.fix()).contains("<dependency> of readiness-maven-plugin");
        assertThat(error.location()).contains(new Location(child, 3, 3));
    }

    @Test
    void deeply_nested_json_is_refused_without_overflowing_the_stack() throws IOException {
        String deep = "{\"contract\": 1, \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        Path file = write("readiness.json", deep);

        Throwable error = catchThrowable(() -> load(file));

        assertThat(error).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) error).location()).map(Location::file).contains(file);
    }

    @Test
    void reads_each_source_once_per_loader() throws IOException {
        Path file = write("readiness.json", "{ \"contract\": 1, \"owners\": { \"science\": \"first\" } }");
        load(file);
        Files.writeString(file, "{ \"contract\": 1, \"owners\": { \"science\": \"second\" } }");

        assertThat(load(file).contract().owners().science()).isEqualTo("first");
        assertThat(new ContractLoader(getClass().getClassLoader()).load(ContractSource.file(file), Optional.empty())
                .contract().owners().science()).isEqualTo("second");
    }

    private LoadedContract load(Path file) {
        return loader.load(ContractSource.file(file), Optional.empty());
    }

    private InvalidInputException failure(Path file) {
        Throwable thrown = catchThrowable(() -> load(file));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
