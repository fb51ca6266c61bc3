package dev.readiness.contract;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a contract comes from: a file, a {@code classpath:} resource (a policy jar added to the plugin), or an
 * {@code https:} URL.
 *
 * @param reference how the user wrote it, resolved: an absolute path, {@code classpath:path} or the URL
 * @param file the file, for file sources
 */
public record ContractSource(Kind kind, String reference, Optional<Path> file) {

    public enum Kind { FILE, CLASSPATH, HTTPS }

    public static ContractSource file(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return new ContractSource(Kind.FILE, absolute.toString(), Optional.of(absolute));
    }

    /**
     * Parses a reference as a user writes it ({@code readiness.contract}, {@code readiness.policy}, {@code extends}).
     *
     * @param base the directory relative file paths start from
     */
    public static ContractSource parse(String reference, Path base) {
        String text = reference.trim();
        if (text.startsWith("classpath:")) {
            String resource = text.substring("classpath:".length());
            while (resource.startsWith("/")) {
                resource = resource.substring(1);
            }
            return new ContractSource(Kind.CLASSPATH, "classpath:" + resource, Optional.empty());
        }
        if (text.startsWith("https:")) {
            return new ContractSource(Kind.HTTPS, URI.create(text).normalize().toString(), Optional.empty());
        }
        return file(base.resolve(text));
    }

    /** A reference written inside this contract ({@code extends}), resolved relative to this contract. */
    public ContractSource resolve(String reference) {
        String text = reference.trim();
        if (text.startsWith("classpath:") || text.startsWith("https:")) {
            return parse(text, Path.of(""));
        }
        return switch (kind) {
            case FILE -> parse(text, file.orElseThrow().getParent());
            case CLASSPATH -> {
                String resource = reference().substring("classpath:".length());
                int slash = resource.lastIndexOf('/');
                String dir = slash < 0 ? "" : resource.substring(0, slash + 1);
                yield new ContractSource(Kind.CLASSPATH,
                        "classpath:" + URI.create("/" + dir).resolve(text).normalize().getPath().substring(1),
                        Optional.empty());
            }
            case HTTPS -> new ContractSource(Kind.HTTPS, URI.create(reference()).resolve(text).normalize().toString(),
                    Optional.empty());
        };
    }

    /** The path to show a user: the file as given, or the reference. */
    public Path displayPath() {
        return file.orElse(Path.of(reference.replace(':', '_')));
    }

    @Override
    public String toString() {
        return reference;
    }
}
