package dev.readiness.facts.env;

import dev.readiness.core.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Dockerfile} or {@code Containerfile} as far as its base images go: the {@code FROM} of each stage and the
 * images {@code COPY --from} takes files from, with {@code ARG}s declared before the first {@code FROM} substituted as
 * Docker substitutes them (their defaults; a build may override them with {@code --build-arg}).
 *
 * @param file the file
 * @param stages the build stages in order; the last one is the image the file builds
 * @param copiedFrom images named by {@code COPY --from=} (stages and stage indexes left out)
 */
public record ContainerFile(Path file, List<Stage> stages, List<BaseImage> copiedFrom) {

    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z]+)\\s*=\\s*(\\S+)\\s*$");
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\\}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    public ContainerFile {
        stages = List.copyOf(stages);
        copiedFrom = List.copyOf(copiedFrom);
    }

    /** One {@code FROM ... [AS name]}. */
    public record Stage(Optional<String> name, BaseImage from) {
    }

    /**
     * An image a file builds on, as written and as it resolves.
     *
     * @param written the reference as written ({@code ${BASE}}, {@code eclipse-temurin:21-jre})
     * @param resolved the reference after {@code ARG} substitution; for {@link Kind#STAGE}, the stage's name
     * @param kind what the reference is
     * @param argument the {@code ARG} the reference went through, with its line; empty when it names no variable
     * @param location the instruction's first line
     */
    public record BaseImage(String written, String resolved, Kind kind, Optional<Argument> argument, Location location) {

        public ImageReference image() {
            return ImageReference.parse(resolved);
        }
    }

    /** An {@code ARG} before the first {@code FROM}: its default, when it has one, and where it is declared. */
    public record Argument(String name, Optional<String> defaultValue, int line) {
    }

    public enum Kind {
        /** An image from a registry. */
        IMAGE,
        /** An earlier stage of the same file. */
        STAGE,
        /** {@code scratch}: no base image at all. */
        SCRATCH,
        /** A reference through an {@code ARG} that has no default, so only the build's {@code --build-arg} says. */
        UNRESOLVED
    }

    /**
     * The image the final stage runs on, following stages that build on earlier stages; empty for {@code scratch} or
     * an unresolved reference.
     */
    public Optional<BaseImage> runtimeImage() {
        if (stages.isEmpty()) {
            return Optional.empty();
        }
        BaseImage from = stages.get(stages.size() - 1).from();
        for (int hops = 0; from.kind() == Kind.STAGE && hops < stages.size(); hops++) {
            String stage = from.resolved();
            Optional<BaseImage> earlier = stages.stream()
                    .filter(s -> s.name().map(n -> n.equalsIgnoreCase(stage)).orElse(false))
                    .map(Stage::from).findFirst();
            if (earlier.isEmpty()) {
                return Optional.empty();
            }
            from = earlier.get();
        }
        return from.kind() == Kind.IMAGE ? Optional.of(from) : Optional.empty();
    }

    /** Reads the instructions of a file's lines; never fails: an instruction it cannot make sense of is left out. */
    public static ContainerFile parse(Path file, List<String> lines) {
        char escape = '\\';
        int first = 0;
        // Parser directives come first, before any instruction, comment or blank line.
        for (; first < lines.size(); first++) {
            Matcher directive = DIRECTIVE.matcher(lines.get(first).trim());
            if (!directive.matches()) {
                break;
            }
            if (directive.group(1).equalsIgnoreCase("escape") && directive.group(2).length() == 1) {
                escape = directive.group(2).charAt(0);
            }
        }
        Map<String, Argument> arguments = new LinkedHashMap<>();
        Map<String, Boolean> stageNames = new HashMap<>();
        List<Stage> stages = new ArrayList<>();
        List<BaseImage> copied = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int start = i;
            StringBuilder instruction = new StringBuilder();
            String current = line;
            while (true) {
                boolean continued = current.charAt(current.length() - 1) == escape;
                instruction.append(continued ? current.substring(0, current.length() - 1) : current).append(' ');
                if (!continued) {
                    break;
                }
                // Docker drops comment and empty lines inside a continued instruction.
                do {
                    i++;
                } while (i < lines.size() && (lines.get(i).strip().isEmpty() || lines.get(i).strip().startsWith("#")));
                if (i >= lines.size()) {
                    break;
                }
                current = lines.get(i).strip();
            }
            String[] words = instruction.toString().trim().split("\\s+");
            String keyword = words[0].toUpperCase(Locale.ROOT);
            Location at = Location.of(file, start + 1);
            switch (keyword) {
                case "ARG" -> {
                    if (stages.isEmpty()) {
                        for (int w = 1; w < words.length; w++) {
                            Argument argument = argument(words[w], start + 1);
                            arguments.put(argument.name(), argument);
                        }
                    }
                }
                case "FROM" -> {
                    int w = 1;
                    while (w < words.length && words[w].startsWith("--")) {
                        w++;
                    }
                    if (w >= words.length) {
                        continue;
                    }
                    BaseImage image = reference(words[w], arguments, stageNames, at);
                    Optional<String> name = w + 2 < words.length && words[w + 1].equalsIgnoreCase("AS")
                            ? Optional.of(words[w + 2]) : Optional.empty();
                    stages.add(new Stage(name, image));
                    name.ifPresent(n -> stageNames.put(n.toLowerCase(Locale.ROOT), true));
                }
                case "COPY" -> {
                    for (int w = 1; w < words.length && words[w].startsWith("--"); w++) {
                        if (words[w].toLowerCase(Locale.ROOT).startsWith("--from=")) {
                            String source = words[w].substring("--from=".length());
                            if (!source.matches("\\d+")) {
                                BaseImage image = reference(source, arguments, stageNames, at);
                                if (image.kind() != Kind.STAGE) {
                                    copied.add(image);
                                }
                            }
                        }
                    }
                }
                default -> {
                    // Other instructions do not choose images.
                }
            }
        }
        return new ContainerFile(file, stages, copied);
    }

    private static Argument argument(String word, int line) {
        int equals = word.indexOf('=');
        if (equals < 0) {
            return new Argument(word, Optional.empty(), line);
        }
        String value = unquote(word.substring(equals + 1));
        return new Argument(word.substring(0, equals), value.isEmpty() ? Optional.empty() : Optional.of(value), line);
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static BaseImage reference(String written, Map<String, Argument> arguments, Map<String, Boolean> stageNames,
            Location at) {
        Matcher variable = VARIABLE.matcher(written);
        StringBuilder resolved = new StringBuilder();
        Argument through = null;
        boolean unresolved = false;
        while (variable.find()) {
            String name = variable.group(1) != null ? variable.group(1) : variable.group(4);
            Argument argument = arguments.get(name);
            through = argument != null ? argument : new Argument(name, Optional.empty(), 0);
            Optional<String> value = argument == null ? Optional.empty() : argument.defaultValue();
            String replacement;
            if ("-".equals(variable.group(2))) {
                replacement = value.orElse(variable.group(3));
            } else if ("+".equals(variable.group(2))) {
                replacement = value.isPresent() ? variable.group(3) : "";
            } else if (value.isPresent()) {
                replacement = value.get();
            } else {
                unresolved = true;
                replacement = variable.group();
            }
            variable.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        variable.appendTail(resolved);
        String text = unquote(resolved.toString());
        Optional<Argument> argument = Optional.ofNullable(through);
        if (unresolved || text.isBlank()) {
            return new BaseImage(written, text, Kind.UNRESOLVED, argument, at);
        }
        if (text.equalsIgnoreCase("scratch")) {
            return new BaseImage(written, text, Kind.SCRATCH, argument, at);
        }
        if (stageNames.containsKey(text.toLowerCase(Locale.ROOT))) {
            return new BaseImage(written, text, Kind.STAGE, argument, at);
        }
        return new BaseImage(written, text, Kind.IMAGE, argument, at);
    }
}
