package dev.readiness.facts;

import java.nio.file.Path;
import java.util.List;

/** The packaged main artifact: its size and the size of every entry in it. */
public record ArtifactContents(Path file, long sizeBytes, List<Entry> entries) {

    public ArtifactContents {
        entries = List.copyOf(entries);
    }

    public record Entry(String name, long sizeBytes) {
    }
}
