package dev.readiness.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void escapes_control_characters_and_keeps_tabs_and_line_breaks() {
        assertThat(Printable.of("red \u001b[31mtext\u0007 done")).isEqualTo("red \\u001b[31mtext\\u0007 done");
        assertThat(Printable.of("a\tb\nc\r\nd")).isEqualTo("a\tb\nc\r\nd");
        assertThat(Printable.of("nul\u0000 del\u007f c1\u0085")).isEqualTo("nul\\u0000 del\\u007f c1\\u0085");
    }

    @Test
    void keeps_whole_characters_beyond_the_basic_plane_and_escapes_halves() {
        assertThat(Printable.of("ok \ud83d\ude00")).isEqualTo("ok \ud83d\ude00");
        assertThat(Printable.of("half \ud83d end")).isEqualTo("half \\ud83d end");
        assertThat(Printable.of("\ude00")).isEqualTo("\\ude00");
    }

    @Test
    void returns_printable_text_unchanged() {
        String text = "owners.oncall is a placeholder (\"TODO\") — über";
        assertThat(Printable.of(text)).isSameAs(text);
    }
}
