package com.acme.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void longTenureIsLowRisk() {
        assertEquals(0.2, Scorer.score(36));
    }

    @Test
    void newSubscriberScoresHalf() {
        // The model changed; the test did not, and testFailureIgnore hides it.
        assertEquals(0.5, Scorer.score(1), "score of a new subscriber");
    }
}
