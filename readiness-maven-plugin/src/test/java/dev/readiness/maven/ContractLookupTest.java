package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractLookupTest {

    @TempDir
    Path dir;

    @Test
    void finds_the_nearest_contract_up_to_the_reactor_root() throws IOException {
        Path module = Files.createDirectories(dir.resolve("scoring"));
        Files.writeString(dir.resolve("readiness.json"), "{\"contract\": 1}");

        assertThat(ContractLookup.find(null, module, dir).file()).contains(dir.resolve("readiness.json"));
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
