package com.acme.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void new_customers_are_at_risk() {
        assertEquals(0.8, new Scorer().score(3));
    }

    @Test
    void loyal_customers_are_not() {
        assertEquals(0.2, new Scorer().score(36));
    }

    @Test
    void customers_of_a_year_are_in_between() {
        assertEquals(0.5, new Scorer().score(18));
    }
}
