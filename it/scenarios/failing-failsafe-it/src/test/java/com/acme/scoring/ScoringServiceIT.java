package com.acme.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoringServiceIT {

    @Test
    void scoresAreProbabilities() {
        assertTrue(Scorer.score(1) >= 0 && Scorer.score(1) <= 1);
    }

    @Test
    void retentionCampaignTargetsNewSubscribers() {
        assertTrue(Scorer.score(1) > 0.95, "a new subscriber must be above the campaign cut-off of 0.95");
    }
}
