package dev.readiness.facts;

import java.nio.file.Path;
import java.util.List;

/**
 * A text file's lines. {@code file} is where a user finds it: a path on disk, or for an entry of a packaged archive,
 * the archive followed by {@code !/entry}.
 */
public record TextFile(Path file, List<String> lines) {

    public TextFile {
        lines = List.copyOf(lines);
    }
}
