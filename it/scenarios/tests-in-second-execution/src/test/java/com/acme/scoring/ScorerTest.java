package com.acme.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void longTenureIsLowRisk() {
        assertEquals(0.2, Scorer.score(36));
    }

    @Test
    void newSubscriberIsHighRisk() {
        assertEquals(0.9, Scorer.score(1));
    }
}
