package dev.readiness.contract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.core.InvalidInputException;
import dev.readiness.engine.RuleRegistry;
import dev.readiness.engine.RuleSettings;
import dev.readiness.testing.FuzzFiles;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Any bytes as {@code readiness.json} end as a contract or one {@link InvalidInputException}; any other exception (a
 * NullPointerException in a binder, a StackOverflowError) fails the test and is kept as a crash input.
 *
 * <p>In the normal build this runs the committed corpus in {@code ContractLoaderFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (docs/hardening.md).
 */
class ContractLoaderFuzzTest {

    private static final RuleRegistry RULES = RuleRegistry.load(ContractLoaderFuzzTest.class.getClassLoader());

    @FuzzTest(maxDuration = "30s")
    void any_contract_loads_or_is_one_invalid_input_error(byte[] input) {
        Path file = FuzzFiles.write("contract", "readiness.json", input);
        try {
            // A new loader each time: the loader caches by file, and every input is written to the same file.
            LoadedContract contract = new ContractLoader(getClass().getClassLoader())
                    .load(ContractSource.file(file), Optional.empty());
            RuleSettings.bind(contract, RULES);
        } catch (InvalidInputException expected) {
            if (expected.location().isEmpty()) {
                throw new AssertionError("an error in a contract names no file: " + expected.getMessage(), expected);
            }
        }
    }
}
