package com.acme.churn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeaturesTest {

    @Test
    void scales_by_max() {
        assertEquals(0.5, Features.scale(1, 2), 1e-9);
    }

    @Test
    void errors_on_purpose() {
        Features.Row row = null;
        row.complaints();
    }
}
