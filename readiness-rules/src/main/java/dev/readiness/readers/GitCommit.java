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
                Optional<String> text = read(dotGit);
                if (text.isEmpty() || !text.get().startsWith("gitdir:")) {
                    return Optional.empty();
                }
                Path gitDir = dir.resolve(text.get().substring("gitdir:".length()).trim()).normalize();
                return Files.isDirectory(gitDir) ? head(gitDir, commonDir(gitDir)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A worktree's own directory holds its HEAD; the refs shared by all worktrees are in the common directory. */
    private static Path commonDir(Path gitDir) {
        Optional<String> common = read(gitDir.resolve("commondir"));
        return common.isPresent() ? gitDir.resolve(common.get().trim()).normalize() : gitDir;
    }

    private static Optional<String> head(Path gitDir, Path commonDir) {
        Optional<String> head = read(gitDir.resolve("HEAD"));
        return resolve(head.isPresent() ? head.get().trim() : "", gitDir, commonDir, 0);
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
            Optional<String> loose = read(dir.resolve(ref));
            if (loose.isPresent()) {
                return resolve(loose.get().trim(), gitDir, commonDir, depth + 1);
            }
        }
        return packed(commonDir, ref);
    }

    /** {@code packed-refs}: one {@code <id> <ref>} a line; {@code #} starts its header, {@code ^} a peeled tag. */
    private static Optional<String> packed(Path commonDir, String ref) {
        Optional<String> text = read(commonDir.resolve("packed-refs"));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (String line : text.get().lines().toList()) {
            if (line.startsWith("#") || line.startsWith("^")) {
                continue;
            }
            String[] parts = line.split(" ", 2);
            if (parts.length == 2 && parts[1].trim().equals(ref) && OBJECT_ID.matcher(parts[0]).matches()) {
                return Optional.of(parts[0]);
            }
        }
        return Optional.empty();
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
