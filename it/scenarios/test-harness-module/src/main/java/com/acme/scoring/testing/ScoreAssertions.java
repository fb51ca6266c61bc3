package com.acme.scoring.testing;

import org.junit.jupiter.api.Assertions;

/** Assertions the product's other modules use in their tests: this module is their test harness. */
public final class ScoreAssertions {

    private ScoreAssertions() {
    }

    /** Fails the calling test unless the score is a probability. */
    public static void assertProbability(double score) {
        Assertions.assertTrue(score >= 0.0 && score <= 1.0, () -> "score " + score + " is not between 0 and 1");
    }
}
