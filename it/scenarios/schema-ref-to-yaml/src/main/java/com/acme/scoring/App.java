package com.acme.scoring;

/** Scores one request per line of standard input. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        System.out.println("ready");
    }
}
