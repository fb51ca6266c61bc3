package dev.readiness.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a finding or an input error is: a file, and the line and column when they are known (0 when not).
 */
public record Location(Path file, int line, int column) {

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    public static Location of(Path file) {
        return new Location(file, 0, 0);
    }

    public static Location of(Path file, int line) {
        return new Location(file, line, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** {@code file:line:column}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file.toString());
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }
}
