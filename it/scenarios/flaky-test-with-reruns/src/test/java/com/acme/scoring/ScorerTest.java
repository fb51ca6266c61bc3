package com.acme.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void longTenureIsLowRisk() {
        assertEquals(0.2, Scorer.score(36));
    }

    /** Fails on its first run and passes on the rerun, as a test on shared state or a slow service does. */
    @Test
    void scoresWithinTimeBudget() throws IOException {
        Path firstRun = Path.of("target", "scoresWithinTimeBudget.first-run");
        if (!Files.exists(firstRun)) {
            Files.createFile(firstRun);
            fail("scoring took 1200 ms, the budget is 100 ms");
        }
        assertEquals(0.9, Scorer.score(1));
    }
}
