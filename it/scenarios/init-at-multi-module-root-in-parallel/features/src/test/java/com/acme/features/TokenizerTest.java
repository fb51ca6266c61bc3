package com.acme.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void splits_at_whitespace_in_lower_case() throws InterruptedException {
        // Slower than the scoring module's tests: built in parallel, scoring ends first although it comes last.
        Thread.sleep(8000);
        assertEquals(List.of("a", "b"), new Tokenizer().words(" A  b "));
    }

    @Test
    void blank_text_has_no_words() {
        assertEquals(List.of(), new Tokenizer().words("  "));
    }
}
