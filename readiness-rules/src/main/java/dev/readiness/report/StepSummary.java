package dev.readiness.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * GitHub Actions' job summary: when {@value #VARIABLE} names a file, {@code summary.md} is appended to it (never
 * overwriting what earlier steps or modules wrote), cut to keep the file under GitHub's 1 MiB limit, with a line
 * saying how much was left out.
 */
public final class StepSummary {

    public static final String VARIABLE = "GITHUB_STEP_SUMMARY";

    /** GitHub refuses a step summary of 1 MiB or more. */
    static final long LIMIT = 1024 * 1024;

    private StepSummary() {
    }

    /**
     * What happened to the summary.
     *
     * @param appendedBytes bytes added to the file
     * @param linesLeftOut lines of the summary that did not fit
     */
    public record Appended(Path file, long appendedBytes, int linesLeftOut) {
    }

    /** The file {@value #VARIABLE} names, if it is set. */
    public static Optional<Path> file(Function<String, String> environment) {
        String value = environment.apply(VARIABLE);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.trim()));
    }

    /** Appends {@code markdown}, whole or cut at a line so that the file stays under {@link #LIMIT}. */
    public static Appended append(Path file, String markdown) throws IOException {
        return append(file, markdown, LIMIT);
    }

    static Appended append(Path file, String markdown, long limit) throws IOException {
        long existing = Files.isRegularFile(file) ? Files.size(file) : 0;
        String separator = existing > 0 ? "\n" : "";
        long budget = limit - 1 - existing - bytes(separator);
        List<String> lines = markdown.lines().toList();
        StringBuilder kept = new StringBuilder(separator);
        int keptLines = 0;
        if (bytes(markdown) + 1 <= budget) {
            kept.append(markdown).append(markdown.endsWith("\n") ? "" : "\n");
            keptLines = lines.size();
        } else {
            long used = 0;
            for (String line : lines) {
                long size = bytes(line) + 1;
                // Room must remain for the note about what was left out.
                if (used + size + bytes(leftOut(lines.size() - keptLines)) > budget) {
                    break;
                }
                kept.append(line).append('\n');
                used += size;
                keptLines++;
            }
            String note = leftOut(lines.size() - keptLines);
            if (used + bytes(note) > budget) {
                return new Appended(file, 0, lines.size());
            }
            kept.append(note);
        }
        byte[] content = kept.toString().getBytes(StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, content, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        return new Appended(file, content.length, lines.size() - keptLines);
    }

    static String leftOut(int lines) {
        return "\n_" + lines + " more lines left out to keep the step summary under GitHub's 1 MiB limit; "
                + "see target/readiness/summary.md._\n";
    }

    private static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
