package com.acme.scoring.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void newSubscriberIsHighRisk() {
        assertEquals(0.9, Scorer.score(1));
    }

    @Test
    void longTenureIsLowRisk() {
        assertEquals(0.2, Scorer.score(36));
    }

    @Test
    void negativeTenureIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Scorer.score(-1));
    }
}
