package com.acme.scoring;

/** The churn score of a subscriber: the longer the tenure, the lower the risk. */
public final class Scorer {
    private Scorer() {
    }

    public static double score(int tenureMonths) {
        if (tenureMonths < 0) {
            throw new IllegalArgumentException("tenure must not be negative");
        }
        return tenureMonths < 12 ? 0.9 : 0.2;
    }
}
