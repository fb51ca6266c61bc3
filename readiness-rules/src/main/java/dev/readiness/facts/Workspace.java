package dev.readiness.facts;

import dev.readiness.core.DisplayPaths;
import dev.readiness.core.Evidence;
import dev.readiness.core.Glob;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.core.RepositoryRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The module's files as evidence. Every path a contract names is resolved here, and one that leaves the reactor root
 * is refused. The module's file list is walked once, without following links, leaving out the build directory and
 * version-control folders.
 */
public final class Workspace {

    private static final Set<String> VCS_DIRECTORIES = Set.of(".git", ".svn", ".hg", ".bzr");

    /**
     * Larger text files are not read: evidence named in a contract (a schema, a sample, a metrics file, a README) is
     * small, and reading a multi-gigabyte file whole would end the build with an OutOfMemoryError.
     */
    public static final long MAX_TEXT_BYTES = 64L * 1024 * 1024;


    private final Path moduleDir;
    private final Path reactorRoot;
    private final Path buildDirectory;
    private final Supplier<Evidence<List<String>>> moduleFiles;
    private final Supplier<Path> repositoryRoot;

    public Workspace(Path moduleDir, Path reactorRoot, Path buildDirectory) {
        this.moduleDir = moduleDir.toAbsolutePath().normalize();
        this.reactorRoot = reactorRoot.toAbsolutePath().normalize();
        this.buildDirectory = buildDirectory.toAbsolutePath().normalize();
        this.moduleFiles = new Lazy<>() {
            @Override
            protected Evidence<List<String>> compute() {
                return walkModule();
            }
        };
        this.repositoryRoot = new Lazy<>() {
            @Override
            protected Path compute() {
                return RepositoryRoot.of(moduleDir, reactorRoot);
            }
        };
    }

    public static Workspace of(ProjectInfo project) {
        return new Workspace(project.baseDir(), project.reactorRoot(), project.buildDirectory());
    }

    public Path moduleDir() {
        return moduleDir;
    }

    public Path reactorRoot() {
        return reactorRoot;
    }

    /**
     * The top of the repository the module lies in: the nearest directory above the module (or the module's own) that
     * holds {@code .git}, {@code .hg} or {@code .mvn}, or the reactor root, whichever is higher. A module built from its
     * own directory has the module as its reactor root, while its README sits at the top of the repository.
     */
    public Path repositoryRoot() {
        return repositoryRoot.get();
    }

    /**
     * Where a file named relative to the module is found: in the module, else in the same place relative to each
     * directory above it, up to the {@linkplain #repositoryRoot() repository root}.
     *
     * @param found the first existing file, empty when there is none
     * @param searched the directories looked in, the module first
     */
    public record Lookup(Optional<Path> found, List<Path> searched) {
        public Lookup {
            searched = List.copyOf(searched);
        }
    }

    /** Looks for a module file (as {@link #resolve} returned it) in the module, then up to the repository root. */
    public Lookup lookUp(Path inModule) {
        Path relative = moduleDir.relativize(inModule.toAbsolutePath().normalize());
        Path top = repositoryRoot();
        List<Path> searched = new ArrayList<>();
        for (Path dir = moduleDir; dir != null && dir.startsWith(top); dir = dir.getParent()) {
            searched.add(dir);
            Path candidate = dir.resolve(relative).normalize();
            if (Files.isRegularFile(candidate)) {
                return new Lookup(Optional.of(candidate), searched);
            }
        }
        return new Lookup(Optional.empty(), searched);
    }

    /**
     * Resolves a path a contract names, relative to the module. Refuses absolute paths and paths that leave the
     * reactor root, since evidence must come from the repository being checked.
     *
     * @param what what the path is for, for the error message ({@code "schema"}, {@code "metrics file"})
     */
    public Path resolve(String relative, String what, Location declaredAt) {
        Path given = Path.of(relative);
        if (given.isAbsolute()) {
            throw new InvalidInputException(declaredAt,
                    "the " + what + " path '" + relative + "' is absolute",
                    "name it relative to the module directory " + moduleDir);
        }
        Path resolved = moduleDir.resolve(given).normalize();
        if (!resolved.startsWith(reactorRoot)) {
            throw new InvalidInputException(declaredAt,
                    "the " + what + " path '" + relative + "' leaves the project (" + reactorRoot + ")",
                    "keep evidence inside the repository and name it relative to the module directory");
        }
        if (!staysInside(resolved)) {
            throw new InvalidInputException(declaredAt,
                    "the " + what + " path '" + relative + "' is a symbolic link (or lies under one) that leads out of "
                            + "the project (" + reactorRoot + ")",
                    "copy the file into the repository instead of linking to it");
        }
        return resolved;
    }

    /**
     * Checks a glob a contract names ({@code samples/*.json}): globs match files of the module, so one that is absolute
     * or climbs out with {@code ..} can never match and is refused rather than silently matching nothing.
     */
    public void checkPattern(String pattern, String what, Location declaredAt) {
        String normalized = pattern.replace('\\', '/');
        boolean absolute = normalized.startsWith("/") || normalized.length() >= 3 && normalized.charAt(1) == ':'
                && normalized.charAt(2) == '/' && isAsciiLetter(normalized.charAt(0));
        if (absolute || normalized.equals("..") || normalized.startsWith("../") || normalized.contains("/../")
                || normalized.endsWith("/..")) {
            throw new InvalidInputException(declaredAt,
                    "the " + what + " pattern '" + pattern + "' " + (absolute ? "is absolute" : "climbs out of the module with ..")
                            + "; patterns match files inside the module directory " + moduleDir,
                    "name the files relative to the module directory, e.g. src/test/resources/samples/*.json");
        }
    }

    /** Whether a path lies inside the reactor root, also when its links are followed. */
    public boolean contains(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        return normalized.startsWith(reactorRoot) && staysInside(normalized);
    }

    /**
     * False when an existing file, followed through its links, lies outside both the reactor root and the module
     * directory: a link in the repository must not make the check read (and quote) a file from elsewhere.
     */
    private boolean staysInside(Path path) {
        if (!Files.exists(path)) {
            return true;
        }
        try {
            Path real = path.toRealPath();
            return real.startsWith(reactorRoot.toRealPath()) || real.startsWith(moduleDir.toRealPath())
                    || (path.startsWith(repositoryRoot()) && real.startsWith(repositoryRoot().toRealPath()));
        } catch (IOException e) {
            // A path that cannot be followed (a link loop, no permission) is reported when it is read.
            return true;
        }
    }

    /** The module's files, relative to its directory with {@code /} separators, sorted. */
    public Evidence<List<String>> moduleFiles() {
        return moduleFiles.get();
    }

    /** Module files matching a glob, as absolute paths. */
    public Evidence<List<Path>> glob(String pattern) {
        Evidence<List<String>> files = moduleFiles();
        if (!files.isPresent()) {
            return files.map(x -> List.of());
        }
        Glob glob = Glob.ofPath(stripDotSlash(pattern));
        List<Path> matches = new ArrayList<>();
        for (String file : files.value()) {
            if (glob.matches(file)) {
                matches.add(moduleDir.resolve(file));
            }
        }
        return Evidence.of(List.copyOf(matches));
    }

    public boolean isFile(Path path) {
        return Files.isRegularFile(path);
    }

    /** A file's text as UTF-8; missing evidence names the file and what went wrong. */
    public Evidence<String> readText(Path path) {
        if (Files.isDirectory(path)) {
            return Evidence.missing(path + " is a directory, not a file", "name a file");
        }
        if (!Files.isRegularFile(path)) {
            return Files.exists(path)
                    ? Evidence.missing(path + " is not a regular file (a device or a pipe)", "name a file")
                    : Evidence.missing(path + " does not exist", "create it or correct the path");
        }
        if (!staysInside(path)) {
            return Evidence.missing(path + " is a symbolic link that leads out of the project (" + reactorRoot + ")",
                    "copy the file into the repository instead of linking to it");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_TEXT_BYTES) {
                return Evidence.missing(path + " is " + size + " bytes, more than the " + (MAX_TEXT_BYTES >> 20)
                        + " MiB this check reads of one file", "check that the path names the right file");
            }
            return Evidence.of(StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString());
        } catch (CharacterCodingException e) {
            return Evidence.missing(path + " is not UTF-8 text", "save it as UTF-8");
        } catch (IOException e) {
            return Evidence.missing(path + " cannot be read: " + why(e), "check the file's permissions");
        }
    }

    /** What went wrong, in words: the JDK's messages for some I/O errors are only the path. */
    public static String why(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "a symbolic link loop";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * The module path of a file, relative to the module directory with {@code /} separators, climbing out with
     * {@code ..} when it lies elsewhere: the name a contract uses for it, which is not always its display name
     * ({@link DisplayPaths#display} shows a file outside the repository absolute).
     */
    public String relative(Path path) {
        return DisplayPaths.relative(path, moduleDir);
    }

    private Evidence<List<String>> walkModule() {
        if (!Files.isDirectory(moduleDir)) {
            return Evidence.missing("the module directory " + moduleDir + " does not exist", "run the build from the project");
        }
        List<String> files = new ArrayList<>();
        String prefix = moduleDir.toString();
        char separator = moduleDir.getFileSystem().getSeparator().charAt(0);
        try {
            Files.walkFileTree(moduleDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(moduleDir)
                            && (dir.equals(buildDirectory) || VCS_DIRECTORIES.contains(dir.getFileName().toString()))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.add(walked(file, prefix, separator));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    // An unreadable entry is still a file that exists; list it so that patterns see it.
                    files.add(walked(file, prefix, separator));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return Evidence.missing("cannot list the files of " + moduleDir + ": " + e.getMessage(),
                    "check the directory's permissions");
        }
        Collections.sort(files);
        return Evidence.of(List.copyOf(files));
    }

    /**
     * The module path of a file the walk from the module directory visited: the walk names it by the directory's
     * {@code prefix} and the names below it, so the module path is that rest, as {@link #relative} would make it at
     * greater cost per file.
     */
    private String walked(Path file, String prefix, char separator) {
        String name = file.toString();
        if (name.length() > prefix.length() + 1 && name.startsWith(prefix) && name.charAt(prefix.length()) == separator) {
            return name.substring(prefix.length() + 1).replace('\\', '/');
        }
        return relative(file);
    }

    private static String stripDotSlash(String pattern) {
        String normalized = pattern.replace('\\', '/');
        return normalized.startsWith("./") ? normalized.substring(2) : normalized;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
