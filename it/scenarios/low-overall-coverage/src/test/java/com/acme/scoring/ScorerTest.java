package com.acme.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tests one path of the scorer; the rest of the module is never run. */
class ScorerTest {

    @Test
    void midTenureIsMediumRisk() {
        assertEquals(0.5, Scorer.score(24, 50, 0), 1e-9);
    }
}
