package com.acme.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeatureStoreUnavailableTest {

    @Test
    void scoresFromTheCacheWhenTheFeatureStoreIsDown() {
        assertEquals("App", App.class.getSimpleName());
    }
}
