package com.acme.scoring;

/** Churn risk from tenure in months. */
public final class Scorer {
    private Scorer() {
    }

    public static double score(int tenureMonths) {
        if (tenureMonths < 0) {
            throw new IllegalArgumentException("tenure must not be negative");
        }
        return tenureMonths < 12 ? 0.8 : 0.2;
    }
}
