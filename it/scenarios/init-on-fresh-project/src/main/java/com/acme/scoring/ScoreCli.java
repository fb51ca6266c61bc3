package com.acme.scoring;

/** Scores the tenure given as the first argument. */
public final class ScoreCli {
    private ScoreCli() {
    }

    public static void main(String[] args) {
        System.out.println(Scorer.score(Integer.parseInt(args[0])));
    }
}
