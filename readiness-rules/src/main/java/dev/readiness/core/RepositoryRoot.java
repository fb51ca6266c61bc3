package dev.readiness.core;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The top of the repository a module sits in: the nearest directory at or above the module that holds {@code .git},
 * {@code .hg} or {@code .mvn}, or the reactor root, whichever is higher. A module built from its own directory sees the
 * same root as a build of the whole repository, so that files at the root are found and reports name files the same.
 */
public final class RepositoryRoot {


    private RepositoryRoot() {
    }

    public static Path of(Path baseDir, Path reactorRoot) {
        Path module = baseDir.toAbsolutePath().normalize();
        Path reactor = reactorRoot.toAbsolutePath().normalize();
        Path marked = null;
        for (Path dir = module; dir != null; dir = dir.getParent()) {
            if (isMarked(dir)) {
                marked = dir;
                break;
            }
        }
        if (marked != null && reactor.startsWith(marked)) {
            return marked;
        }
        return module.startsWith(reactor) ? reactor : module;
    }

    /** A Git work tree ({@code .git} is a file in a worktree or submodule), a Mercurial one, a Maven root. */
    private static boolean isMarked(Path dir) {
        return Files.exists(dir.resolve(".git")) || Files.isDirectory(dir.resolve(".hg"))
                || Files.isDirectory(dir.resolve(".mvn"));
    }
}
