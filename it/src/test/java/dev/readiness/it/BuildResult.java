package dev.readiness.it;

import java.nio.file.Path;
import java.util.List;

/** A finished scenario build: its exit, its output, and the folder it ran in. */
record BuildResult(int exitCode, String output, Path log, Path projectDir) {

    boolean succeeded() {
        return exitCode == 0;
    }

    String tail(int lines) {
        List<String> all = output.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
