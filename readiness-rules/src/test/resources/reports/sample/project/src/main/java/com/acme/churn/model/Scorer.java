package com.acme.churn.model;

/** Scores a customer's churn risk. */
public final class Scorer {

    public double score(int monthsActive, int complaints) {
        if (monthsActive < 0) {
            throw new IllegalArgumentException("monthsActive must not be negative");
        }
        double base = complaints > 3 ? 0.8 : 0.2;
        if (monthsActive > 24 && complaints == 0) {
            return base / 2;
        }
        return base;
    }

    public String band(double score) {
        if (score >= 0.7) {
            return "high";
        } else if (score >= 0.4) {
            return "medium";
        }
        return "low";
    }
}
