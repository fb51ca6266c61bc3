package dev.readiness.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit a directory's Git checkout is on, read from the files under {@code .git} as Git writes them: {@code HEAD},
 * loose refs, {@code packed-refs}, and the {@code .git} file of a worktree or submodule with its {@code commondir}.
 * No Git process and no Git library: the check runs where Git is not installed, and reading a few small files is
 * faster than starting a process.
 */
public final class GitCommit {

    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    /** The files read are a line or a list of refs; a larger one is not Git's. */
    private static final int MAX_BYTES = 16 * 1024 * 1024;
    /** A symbolic ref may point to another; Git itself stops after five. */
    private static final int MAX_DEPTH = 5;

    private GitCommit() {
    }

    /** The commit of the nearest Git checkout at or above {@code directory}; empty outside one or on an unborn branch. */
    public static Optional<String> of(Path directory) {
        for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return head(dotGit, commonDir(dotGit));
            }
            if (Files.isRegularFile(dotGit)) {
                Path checkout = dir;
                Optional<Path> gitDir = read(dotGit).filter(t -> t.startsWith("gitdir:"))
                        .map(t -> checkout.resolve(t.substring("gitdir:".length()).trim()).normalize());
                return gitDir.filter(Files::isDirectory).flatMap(g -> head(g, commonDir(g)));
            }
        }
        return Optional.empty();
    }

    /** A worktree's own directory holds its HEAD; the refs shared by all worktrees are in the common directory. */
    private static Path commonDir(Path gitDir) {
        return read(gitDir.resolve("commondir")).map(t -> gitDir.resolve(t.trim()).normalize()).orElse(gitDir);
    }

    private static Optional<String> head(Path gitDir, Path commonDir) {
        return resolve(read(gitDir.resolve("HEAD")).map(String::trim).orElse(""), gitDir, commonDir, 0);
    }

    private static Optional<String> resolve(String content, Path gitDir, Path commonDir, int depth) {
        if (OBJECT_ID.matcher(content).matches()) {
            return Optional.of(content);
        }
        if (!content.startsWith("ref:") || depth >= MAX_DEPTH) {
            return Optional.empty();
        }
        String ref = content.substring("ref:".length()).trim();
        if (!ref.startsWith("refs/") || ref.contains("..")) {
            return Optional.empty();
        }
        for (Path dir : new Path[] {gitDir, commonDir}) {
            Optional<String> loose = read(dir.resolve(ref)).map(String::trim);
            if (loose.isPresent()) {
                return resolve(loose.get(), gitDir, commonDir, depth + 1);
            }
        }
        return packed(commonDir, ref);
    }

    /** {@code packed-refs}: one {@code <id> <ref>} a line; {@code #} starts its header, {@code ^} a peeled tag. */
    private static Optional<String> packed(Path commonDir, String ref) {
        return read(commonDir.resolve("packed-refs")).flatMap(text -> text.lines()
                .filter(line -> !line.startsWith("#") && !line.startsWith("^"))
                .map(line -> line.split(" ", 2))
                .filter(parts -> parts.length == 2 && parts[1].trim().equals(ref) && OBJECT_ID.matcher(parts[0]).matches())
                .map(parts -> parts[0])
                .findFirst());
    }

    private static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            // An unreadable checkout records no commit; the manifest says null rather than guessing.
            return Optional.empty();
        }
    }
}
