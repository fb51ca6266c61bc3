package dev.readiness.readers;

import dev.readiness.core.Evidence;
import dev.readiness.facts.ArtifactContents;
import dev.readiness.facts.TextFile;
import dev.readiness.facts.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Reads what the build produced: compiled classes, the packaged archive, configuration files. */
final class BuildOutput {

    private static final Comparator<TextFile> BY_PATH = new Comparator<>() {
        @Override
        public int compare(TextFile a, TextFile b) {
            return a.file().toString().compareTo(b.file().toString());
        }
    };

    /** Configuration files larger than this are data, not configuration; they are not scanned line by line. */
    static final long MAX_TEXT_BYTES = 2L * 1024 * 1024;

    private BuildOutput() {
    }

    static Evidence<Set<String>> compiledClasses(Path outputDirectory) {
        if (!Files.isDirectory(outputDirectory)) {
            return Evidence.missing("the build output " + outputDirectory + " does not exist",
                    "run the check after compilation, e.g. mvn verify");
        }
        Set<String> classes = new TreeSet<>();
        try {
            Files.walkFileTree(outputDirectory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = outputDirectory.relativize(file).toString().replace('\\', '/');
                    if (name.endsWith(".class")) {
                        classes.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return Evidence.missing("cannot list " + outputDirectory + ": " + e.getMessage(), "check its permissions");
        }
        return Evidence.of(Set.copyOf(classes));
    }

    static Evidence<ArtifactContents> artifactContents(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Evidence.missing("the main artifact has not been packaged"
                            + (file == null ? "" : " (" + file + " does not exist)"),
                    "run the check in the verify phase, after package");
        }
        List<ArtifactContents.Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (!entry.isDirectory()) {
                    entries.add(new ArtifactContents.Entry(entry.getName(), Math.max(0, entry.getSize())));
                }
            }
            return Evidence.of(new ArtifactContents(file, Files.size(file), entries));
        } catch (ZipException e) {
            return Evidence.missing(file + " is not a readable archive: " + e.getMessage(), "rebuild it with mvn package");
        } catch (IOException e) {
            return Evidence.missing("cannot read " + file + ": " + e.getMessage(), "check its permissions");
        }
    }

    /**
     * The main resources as text, then the archive's text entries that do not come from them (generated or copied by
     * other plugins). Binary files are left out.
     */
    static Evidence<List<TextFile>> configurationFiles(List<Path> resourceDirectories, Evidence<ArtifactContents> artifact) {
        List<TextFile> files = new ArrayList<>();
        Set<String> fromResources = new HashSet<>();
        for (Path dir : resourceDirectories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        fromResources.add(dir.relativize(file).toString().replace('\\', '/'));
                        // Only regular files, a link followed to one: a link to /dev/zero or a named pipe never ends.
                        if (Files.isRegularFile(file) && Files.size(file) <= MAX_TEXT_BYTES) {
                            try (InputStream in = Files.newInputStream(file)) {
                                Optional<List<String>> lines = decode(readBounded(in));
                                if (lines.isPresent()) {
                                    files.add(new TextFile(file, lines.get()));
                                }
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                String which = e instanceof java.nio.file.FileSystemException fse && fse.getFile() != null
                        ? fse.getFile() : dir.toString();
                return Evidence.missing("cannot read the resources in " + dir + ": " + which + ": " + Workspace.why(e),
                        "check their permissions");
            }
        }
        // In path order, not the file system's, so that findings come in the same order on every machine.
        files.sort(BY_PATH);
        if (artifact.isPresent()) {
            Path archive = artifact.value().file();
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                Enumeration<? extends ZipEntry> all = zip.entries();
                while (all.hasMoreElements()) {
                    ZipEntry entry = all.nextElement();
                    String name = entry.getName();
                    if (entry.isDirectory() || name.endsWith(".class") || fromResources.contains(name)
                            || name.startsWith("META-INF/maven/") || entry.getSize() > MAX_TEXT_BYTES) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        byte[] bytes = readBounded(in);
                        Optional<List<String>> lines = decode(bytes);
                        if (lines.isPresent()) {
                            files.add(new TextFile(Path.of(archive + "!/" + name), lines.get()));
                        }
                    }
                }
            } catch (IOException e) {
                return Evidence.missing("cannot read " + archive + ": " + e.getMessage(), "rebuild it with mvn package");
            }
        }
        return Evidence.of(List.copyOf(files));
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0 && total <= MAX_TEXT_BYTES) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }

    private static Optional<List<String>> decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.lines().toList());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
