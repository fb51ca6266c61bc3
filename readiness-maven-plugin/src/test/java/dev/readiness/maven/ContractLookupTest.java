package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which contract serves a module, and what is refused as one. */
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

    @Test
    void a_contract_that_is_a_symbolic_link_loop_is_named_as_such() throws IOException {
        Path contract = dir.resolve("readiness.json");
        Files.createSymbolicLink(contract, contract);

        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> ContractLookup.find(null, dir, dir));

        assertThat(error.problem()).isEqualTo("the contract " + contract
                + " is a symbolic link that leads nowhere or loops back on itself");
        assertThat(error.fix()).contains("regular JSON file");
    }

    @Test
    void a_configured_contract_that_is_a_named_pipe_is_refused_instead_of_read() throws Exception {
        Path fifo = dir.resolve("contract.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo on this machine");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");

        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> ContractLookup.find("contract.json", dir, dir));

        assertThat(error.problem()).isEqualTo("readiness.contract " + fifo
                + " is not a regular file (a named pipe, socket or device)");
    }

    @Test
    void a_contract_that_is_a_directory_is_named_as_such() throws IOException {
        Files.createDirectories(dir.resolve("readiness.json"));

        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> ContractLookup.find(null, dir, dir));

        assertThat(error.problem()).endsWith("readiness.json is a directory");
    }
}
