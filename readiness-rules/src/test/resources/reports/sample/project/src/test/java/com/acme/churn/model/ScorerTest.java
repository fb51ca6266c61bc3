package com.acme.churn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void scores_loyal_customers_low() {
        assertEquals(0.1, new Scorer().score(30, 0), 1e-9);
    }

    @Test
    void bands_high_scores() {
        assertEquals("high", new Scorer().band(0.8));
    }

    @Test
    void bands_medium_scores() {
        // deliberately wrong expectation: the sample needs a failing test
        assertEquals("high", new Scorer().band(0.5), "band of 0.5");
    }

    @Test
    void scores_are_stable_under_load() throws IOException {
        // fails on the first run only, so that a rerun makes it flaky
        Path marker = Path.of("target", "flaky-marker");
        if (!Files.exists(marker)) {
            Files.createFile(marker);
            throw new IllegalStateException("feature store timed out");
        }
    }

    @Test
    @Disabled("needs the production feature store")
    void scores_against_feature_store() {
    }
}
