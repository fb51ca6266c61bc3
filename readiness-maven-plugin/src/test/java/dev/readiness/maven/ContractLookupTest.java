package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which contract serves a module: what decides whether a pom-packaged module is checked at all. */
class ContractLookupTest {

    @TempDir
    Path dir;

    @Test
    void a_module_is_served_by_its_own_contract_or_the_nearest_one_above_it() throws IOException {
        Path root = dir.resolve("repo");
        Path module = Files.createDirectories(root.resolve("bom"));
        Files.writeString(root.resolve("readiness.json"), "{\"contract\": 1}");

        assertThat(ContractLookup.nearest(module, root)).contains(root.resolve("readiness.json"));

        Files.writeString(module.resolve("readiness.json"), "{\"contract\": 1}");
        assertThat(ContractLookup.nearest(module, root)).contains(module.resolve("readiness.json"));
    }

    @Test
    void nothing_serves_a_module_when_no_contract_is_found_up_to_the_reactor_root() throws IOException {
        Path root = Files.createDirectories(dir.resolve("repo"));
        Path aggregator = Files.createDirectories(root.resolve("aggregator"));
        // A contract above the reactor root belongs to another repository.
        Files.writeString(dir.resolve("readiness.json"), "{\"contract\": 1}");

        assertThat(ContractLookup.nearest(aggregator, root)).isEmpty();
        assertThatThrownBy(() -> ContractLookup.find(null, aggregator, root))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no readiness.json found; looked in " + aggregator + ", " + root);
    }
}
