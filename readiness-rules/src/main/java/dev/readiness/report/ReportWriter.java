package dev.readiness.report;

import dev.readiness.core.GeneratedFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One report format: the bytes of its file, rendered from the module's report made for display. A writer reads only
 * its {@link ReportInput}: no facts, no files, no path of its own making. A new format is a class implementing this
 * interface and a constant of {@link ReportFormat} naming it.
 */
public interface ReportWriter {

    /** The key {@code readiness.formats} names it by ({@code json}, {@code sarif}). */
    String format();

    /** The file it writes in the report directory ({@code report.json}). */
    String fileName();

    /** The file's content. */
    byte[] render(ReportInput input);

    /** Writes the report file into {@code directory}, atomically, and returns it. */
    default Path write(ReportInput input, Path directory) throws IOException {
        Path file = directory.resolve(fileName());
        GeneratedFile.write(file, render(input));
        return file;
    }
}
