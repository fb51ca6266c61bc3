package dev.readiness.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers a double cannot hold, and chains of {@code extends} longer than any real one. */
class ContractLimitsTest {

    @TempDir
    Path dir;

    private final ContractLoader loader = new ContractLoader(getClass().getClassLoader());

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "metrics.thresholds.auc.max        | \"metrics\": { \"thresholds\": { \"auc\": { \"max\": 1e400 } } }            | plus",
        "metrics.thresholds.auc.min        | \"metrics\": { \"thresholds\": { \"auc\": { \"min\": -1e400 } } }           | minus",
        "metrics.maxRegression             | \"metrics\": { \"maxRegression\": 1e400 }                               | plus",
        "rules.tests.skipped.maxRatio      | \"rules\": { \"tests.skipped\": { \"maxRatio\": -1e400 } }                 | minus",
        "rules.structure.artifact-size.maxBytes | \"rules\": { \"structure.artifact-size\": { \"maxBytes\": 1e400 } } | plus",
    })
    void an_infinite_number_is_refused_with_its_key_and_line(String key, String section, String sign) throws IOException {
        Path file = write("readiness.json", "{\n  \"contract\": 1,\n  " + section + "\n}\n");

        InvalidInputException error = failure(file);

        assertThat(error.problem()).isEqualTo("\"" + key + "\" must be a finite number, found one beyond the range of a"
                + " double (about 1.8e308), which would be read as " + (sign.equals("minus") ? "minus " : "") + "infinity");
        assertThat(error.location()).map(Location::file).contains(file);
        assertThat(error.location()).map(Location::line).contains(3);
        assertThat(error.fix()).contains("leave out \"min\" or \"max\"");
    }

    @Test
    void an_infinite_number_in_an_extended_contract_names_that_file() throws IOException {
        Path policy = write("policy.json", "{\n  \"contract\": 1,\n  \"metrics\": {\n    \"thresholds\": {\n"
                + "      \"p99LatencyMs\": { \"max\": 1E+999 }\n    }\n  }\n}\n");
        Path file = write("readiness.json", "{ \"contract\": 1, \"extends\": \"policy.json\" }");

        InvalidInputException error = failure(file);

        assertThat(error.problem()).startsWith("\"metrics.thresholds.p99LatencyMs.max\" must be a finite number");
        assertThat(error.location()).map(Location::file).contains(policy);
        assertThat(error.location()).map(Location::line).contains(5);
    }

    @Test
    void large_finite_numbers_are_still_numbers() throws IOException {
        Path file = write("readiness.json",
                "{ \"contract\": 1, \"metrics\": { \"thresholds\": { \"rows\": { \"max\": 1e300, \"min\": -1.7e308 } } } }");

        assertThat(loader.load(ContractSource.file(file), Optional.empty()).contract().metrics().thresholds()
                .get("rows").max()).contains(1e300);
    }

    @Test
    void a_chain_at_the_depth_limit_loads_in_linear_time() throws IOException {
        Path top = chain(ContractLoader.MAX_EXTENDS_DEPTH);

        LoadedContract loaded = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> loader.load(ContractSource.file(top), Optional.empty()));

        assertThat(loaded.chain()).hasSize(ContractLoader.MAX_EXTENDS_DEPTH);
    }

    @Test
    void a_chain_deeper_than_the_limit_is_refused_at_the_extends_that_passes_it() throws IOException {
        Path top = chain(2_000);

        InvalidInputException error = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> failure(top));

        assertThat(error.problem()).isEqualTo("the chain of contracts extending one another is longer than "
                + ContractLoader.MAX_EXTENDS_DEPTH + " (from " + top + ")");
        assertThat(error.location()).map(Location::file)
                .contains(dir.resolve("c" + (ContractLoader.MAX_EXTENDS_DEPTH - 1) + ".json"));
        assertThat(error.location()).map(Location::line).contains(1);
        assertThat(error.fix()).contains("extend fewer contracts");
    }

    /** Contracts c0.json extending c1.json ... extending c{n-1}.json, which extends nothing. */
    private Path chain(int length) throws IOException {
        for (int i = 0; i < length; i++) {
            String extendsNext = i + 1 < length ? ", \"extends\": \"c" + (i + 1) + ".json\"" : "";
            write("c" + i + ".json", "{ \"contract\": 1" + extendsNext + " }");
        }
        return dir.resolve("c0.json");
    }

    private InvalidInputException failure(Path file) {
        Throwable thrown = catchThrowable(() -> loader.load(ContractSource.file(file), Optional.empty()));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
