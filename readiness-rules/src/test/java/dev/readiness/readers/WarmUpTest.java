package dev.readiness.readers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void the_readers_answer_as_they_must_each_time_they_are_warmed_up() {
        assertThat(FileReaders.warmUp()).isTrue();
        assertThat(FileReaders.warmUp()).isTrue();
    }
}
