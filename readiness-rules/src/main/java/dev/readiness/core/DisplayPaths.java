package dev.readiness.core;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How files are named to people and to tools: relative to the module, with {@code /}, when they are inside the
 * repository, so that a report reads the same on every machine; absolute when they are outside it. The one place that
 * turns a path into text for a report, a message or a log line.
 */
public final class DisplayPaths {

    private DisplayPaths() {
    }

    /**
     * @param baseDir the module's directory
     * @param reactorRoot the repository's top; files outside it are shown absolute
     */
    public static String display(Path file, Path baseDir, Path reactorRoot) {
        String text = file.toString();
        int archiveEntry = text.indexOf("!/");
        if (archiveEntry > 0) {
            return display(Path.of(text.substring(0, archiveEntry)), baseDir, reactorRoot) + text.substring(archiveEntry);
        }
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(reactorRoot.toAbsolutePath().normalize())) {
            return absolute.toString().replace('\\', '/');
        }
        String relative = baseDir.toAbsolutePath().normalize().relativize(absolute).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    /**
     * The file relative to {@code dir}, with {@code /}, climbing out of it with {@code ..} when it lies elsewhere: for
     * names that are relative to a directory by definition (a module path, a contract's {@code path} in
     * {@code report.json}, a module's report in the reactor report), wherever the file lies.
     */
    public static String relative(Path file, Path dir) {
        return dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * The file relative to {@code dir}, with {@code /}, when it lies inside {@code dir} and not inside an archive; empty
     * otherwise. Code-review tools take paths relative to the repository or the module and nothing else.
     */
    public static Optional<String> inside(Path file, Path dir) {
        Path absolute = file.toAbsolutePath().normalize();
        Path top = dir.toAbsolutePath().normalize();
        if (!absolute.startsWith(top) || absolute.toString().contains("!/")) {
            return Optional.empty();
        }
        return Optional.of(top.relativize(absolute).toString().replace('\\', '/'));
    }

    /**
     * A message with every absolute path inside the repository written as {@link #display} writes it: evidence readers
     * name the files they read absolutely, people read them relative to the module.
     */
    public static String inText(String text, Path baseDir, Path reactorRoot) {
        String root = reactorRoot.toAbsolutePath().normalize().toString();
        int at = text.indexOf(root);
        if (at < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        int copied = 0;
        while (at >= 0) {
            int end = at + root.length();
            if (end == text.length() || isPathEnd(text.charAt(end)) || text.charAt(end) == '/' || text.charAt(end) == '\\') {
                // The path runs to white space, a quote, a bracket or punctuation that ends a path in prose.
                while (end < text.length() && !isPathEnd(text.charAt(end))) {
                    end++;
                }
                int pathEnd = end > at && text.charAt(end - 1) == '.' ? end - 1 : end;
                shown.append(text, copied, at).append(shown(text.substring(at, pathEnd), baseDir, reactorRoot));
                copied = pathEnd;
            }
            at = text.indexOf(root, Math.max(end, at + 1));
        }
        return shown.append(text, copied, text.length()).toString();
    }

    private static String shown(String path, Path baseDir, Path reactorRoot) {
        try {
            return display(Path.of(path), baseDir, reactorRoot);
        } catch (InvalidPathException e) {
            return path;
        }
    }

    private static boolean isPathEnd(char c) {
        return Character.isWhitespace(c) || c == ':' || c == ',' || c == ';' || c == '(' || c == ')' || c == '\'' || c == '"';
    }
}
