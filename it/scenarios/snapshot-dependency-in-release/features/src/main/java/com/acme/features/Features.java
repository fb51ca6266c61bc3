package com.acme.features;

/** Turns a request into model features. */
public final class Features {
    private Features() {
    }
}
