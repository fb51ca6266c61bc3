package com.acme.scoring;

/** The churn risk of a customer by tenure. */
public final class Scorer {

    public double score(int tenureMonths) {
        if (tenureMonths < 12) {
            return 0.8;
        }
        if (tenureMonths < 24) {
            return 0.5;
        }
        return 0.2;
    }
}
