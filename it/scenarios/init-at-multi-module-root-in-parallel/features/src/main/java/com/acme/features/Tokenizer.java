package com.acme.features;

import java.util.Arrays;
import java.util.List;

/** Splits text into lower-case words. */
public final class Tokenizer {

    public List<String> words(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.trim().split("\\s+")).map(String::toLowerCase).toList();
    }
}
