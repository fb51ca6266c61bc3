package dev.readiness.report;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one report format of a module's check into the report directory. */
public interface ReportWriter {

    /** The key {@code readiness.formats} names it by ({@code json}, {@code sarif}). */
    String format();

    /** The file it writes in the report directory ({@code report.json}). */
    String fileName();

    /** Writes the report file into {@code directory}, atomically, and returns it. */
    Path write(ReportInput input, Path directory) throws IOException;
}
