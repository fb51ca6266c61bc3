package com.acme.scoring.model;

/** Maps raw scores to calibrated probabilities. No test exercises it. */
public final class Calibrator {
    private Calibrator() {
    }

    public static double calibrate(double raw) {
        if (raw < 0 || raw > 1) {
            throw new IllegalArgumentException("a raw score is between 0 and 1");
        }
        if (raw < 0.3) {
            return raw * 0.5;
        }
        return 0.15 + (raw - 0.3) * 1.2;
    }
}
