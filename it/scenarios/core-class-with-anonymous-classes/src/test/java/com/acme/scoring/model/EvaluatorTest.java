package com.acme.scoring.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private final Evaluator evaluator = new Evaluator();

    @Test
    void longTenureIsLowRisk() {
        assertEquals("low", evaluator.band(evaluator.score(48, 0, 100)));
    }

    @Test
    void complaintsRaiseTheRisk() {
        assertEquals("medium", evaluator.band(evaluator.score(10, 2, 0)));
    }

    @Test
    void manyComplaintsAreHighRisk() {
        assertEquals("high", evaluator.band(evaluator.score(0, 5, 0)));
    }

    @Test
    void scoresAreClampedToOne() {
        assertEquals(1.0, evaluator.score(0, 20, 0));
    }

    @Test
    void scoresEveryTenure() {
        assertEquals(List.of(0.5, 0.41), evaluator.scoreAll(new int[] {0, 10}, 0, 0));
    }

    @Test
    void describesAScore() {
        assertEquals("score 0.5, band medium, tenure 0, complaints 0, spend 0.0, model churn, version 1.",
                evaluator.describe(0, 0, 0));
    }

    @Test
    void ordersASingleScore() {
        assertEquals(List.of(0.4), evaluator.byRisk(List.of(0.4)));
    }
}
