package dev.readiness.readers;

import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.facts.Workspace;
import dev.readiness.facts.env.ContainerFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The module's container definitions: every {@code Dockerfile}, {@code Containerfile}, {@code *.Dockerfile},
 * {@code Dockerfile.*} (and the same for {@code Containerfile}) outside {@code target/}, VCS folders and
 * {@code src/test/} (test fixtures, such as a Testcontainers image, are not the product's environment). Each is read
 * whole, up to {@value #MAX_BYTES} bytes.
 */
final class ContainerDefinitions {

    /** A container definition is a page or two of instructions; a larger file is not one to read whole. */
    static final long MAX_BYTES = 1024 * 1024;

    private ContainerDefinitions() {
    }

    static boolean isDefinition(String relative) {
        if (relative.startsWith("src/test/")) {
            return false;
        }
        String name = relative.substring(relative.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".dockerignore") || name.endsWith(".containerignore")) {
            return false;
        }
        for (String kind : List.of("dockerfile", "containerfile")) {
            if (name.equals(kind) || name.endsWith("." + kind) || name.startsWith(kind + ".")) {
                return true;
            }
        }
        return false;
    }

    static Evidence<List<ContainerFile>> find(Workspace workspace) {
        Evidence<List<String>> files = workspace.moduleFiles();
        if (!files.isPresent()) {
            return files.map(f -> List.of());
        }
        List<ContainerFile> definitions = new ArrayList<>();
        for (String relative : files.value()) {
            if (!isDefinition(relative)) {
                continue;
            }
            Path file = workspace.moduleDir().resolve(relative);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                long size = Files.size(file);
                if (size > MAX_BYTES) {
                    return Evidence.missing(file + " is " + size + " bytes, more than the " + (MAX_BYTES >> 20)
                            + " MiB a container definition may have", "rename the file if it is not a Dockerfile",
                            Location.of(file));
                }
            } catch (IOException e) {
                return Evidence.missing(file + " cannot be read: " + Workspace.why(e), "check the file's permissions",
                        Location.of(file));
            }
            Evidence<String> text = workspace.readText(file);
            if (!text.isPresent()) {
                return text.map(t -> List.of());
            }
            definitions.add(ContainerFile.parse(file, text.value().lines().toList()));
        }
        return Evidence.of(List.copyOf(definitions));
    }
}
