package com.acme.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void splits_at_whitespace_in_lower_case() throws InterruptedException {
        // Built in parallel, scoring (the last module) ends first: this test waits until scoring's coverage report is
        // written (60 s at most), then a few seconds for its init, so that features is the last module to end.
        Path scoringReport = Path.of("..", "scoring", "target", "site", "jacoco", "jacoco.xml");
        for (int waited = 0; waited < 600 && !Files.exists(scoringReport); waited++) {
            Thread.sleep(100);
        }
        Thread.sleep(4000);
        assertEquals(List.of("a", "b"), new Tokenizer().words(" A  b "));
    }

    @Test
    void blank_text_has_no_words() {
        assertEquals(List.of(), new Tokenizer().words("  "));
    }
}
