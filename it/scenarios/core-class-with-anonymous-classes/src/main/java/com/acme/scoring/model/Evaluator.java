package com.acme.scoring.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** Scores customers; its helpers are anonymous classes, compiled to Evaluator$1, $2 and $3. */
public final class Evaluator {

    private final DoubleUnaryOperator clamp = new DoubleUnaryOperator() {
        @Override
        public double applyAsDouble(double value) {
            double low = Math.max(0.0, value);
            return Math.min(1.0, low);
        }
    };

    private final DoubleUnaryOperator calibrate = new DoubleUnaryOperator() {
        @Override
        public double applyAsDouble(double value) {
            double scaled = value * 0.9;
            return scaled + 0.05;
        }
    };

    /** Orders reports by risk; the tests only ever sort one score, so it never compares. */
    private final Comparator<Double> byRisk = new Comparator<Double>() {
        @Override
        public int compare(Double a, Double b) {
            double left = a;
            double right = b;
            return Double.compare(right, left);
        }
    };

    public double score(int tenureMonths, int complaints, double spend) {
        double base = 0.5;
        double tenure = tenureMonths * 0.01;
        double complaint = complaints * 0.1;
        double value = spend * 0.001;
        double raw = base - tenure + complaint - value;
        double calibrated = calibrate.applyAsDouble(raw);
        double clamped = clamp.applyAsDouble(calibrated);
        long percent = Math.round(clamped * 100);
        double rounded = percent / 100.0;
        return rounded;
    }

    public List<Double> scoreAll(int[] tenures, int complaints, double spend) {
        List<Double> scores = new ArrayList<>();
        for (int tenure : tenures) {
            scores.add(score(tenure, complaints, spend));
        }
        return scores;
    }

    public List<Double> byRisk(List<Double> scores) {
        List<Double> sorted = new ArrayList<>(scores);
        sorted.sort(byRisk);
        return sorted;
    }

    public String band(double score) {
        String low = "low";
        String medium = "medium";
        String high = "high";
        String band = score < 0.3 ? low : score < 0.7 ? medium : high;
        return band;
    }

    public String describe(int tenureMonths, int complaints, double spend) {
        double score = score(tenureMonths, complaints, spend);
        String band = band(score);
        StringBuilder text = new StringBuilder();
        text.append("score ").append(score);
        text.append(", band ").append(band);
        text.append(", tenure ").append(tenureMonths);
        text.append(", complaints ").append(complaints);
        text.append(", spend ").append(spend);
        text.append(", model ").append("churn");
        text.append(", version ").append(1);
        text.append(".");
        return text.toString();
    }
}
