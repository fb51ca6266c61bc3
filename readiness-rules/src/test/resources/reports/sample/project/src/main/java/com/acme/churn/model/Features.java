package com.acme.churn.model;

/** Feature scaling. */
public final class Features {

    public static double scale(double value, double max) {
        return max == 0 ? 0 : value / max;
    }

    public record Row(int monthsActive, int complaints) {
    }
}
