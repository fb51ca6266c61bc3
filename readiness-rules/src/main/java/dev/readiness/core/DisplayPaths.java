package dev.readiness.core;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How files are named to people: relative to the module, with {@code /}, when they are inside the repository, so that
 * a report reads the same on every machine; absolute when they are outside it.
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
     * A message with every absolute path inside the repository written as {@link #display} writes it: evidence readers
     * name the files they read absolutely, people read them relative to the module.
     */
    public static String inText(String text, Path baseDir, Path reactorRoot) {
        String root = reactorRoot.toAbsolutePath().normalize().toString();
        if (text.indexOf(root) < 0) {
            return text;
        }
        // The root, then path characters up to white space, quotes, brackets or punctuation that ends a path in prose.
        Matcher paths = Pattern.compile(Pattern.quote(root) + "(?=[\\\\/\\s:,;)'\"]|$)[^\\s:,;()'\"]*").matcher(text);
        StringBuilder shown = new StringBuilder();
        while (paths.find()) {
            String path = paths.group();
            String trailing = path.endsWith(".") ? "." : "";
            String replacement;
            try {
                replacement = display(Path.of(path.substring(0, path.length() - trailing.length())), baseDir, reactorRoot)
                        + trailing;
            } catch (InvalidPathException e) {
                replacement = path;
            }
            paths.appendReplacement(shown, Matcher.quoteReplacement(replacement));
        }
        paths.appendTail(shown);
        return shown.toString();
    }
}
