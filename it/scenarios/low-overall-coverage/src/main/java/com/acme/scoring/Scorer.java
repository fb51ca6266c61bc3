package com.acme.scoring;

/** The churn score of a subscriber, from tenure, monthly charges and support calls. */
public final class Scorer {
    private Scorer() {
    }

    public static double score(int tenureMonths, double monthlyCharges, int supportCalls) {
        if (tenureMonths < 0) {
            throw new IllegalArgumentException("tenure must not be negative");
        }
        double risk = 0.5;
        if (tenureMonths < 12) {
            risk += 0.3;
        } else if (tenureMonths > 48) {
            risk -= 0.3;
        }
        if (monthlyCharges > 80) {
            risk += 0.1;
        }
        if (supportCalls > 3) {
            risk += 0.1;
        }
        return Math.max(0, Math.min(1, risk));
    }

    public static String band(double score) {
        if (score >= 0.8) {
            return "high";
        }
        if (score >= 0.5) {
            return "medium";
        }
        return "low";
    }
}
