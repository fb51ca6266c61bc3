package dev.readiness.readers;

import dev.readiness.core.JsonText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.Evidence;
import dev.readiness.core.GeneratedFile;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.JsonLocations;
import dev.readiness.core.Location;
import dev.readiness.facts.JsonFile;
import dev.readiness.facts.deps.DependencyLock;
import dev.readiness.facts.deps.DependencyLock.Change;
import dev.readiness.facts.deps.DependencyLock.Entry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The dependency lock, {@code readiness-lock.json}, written by {@code mvn readiness:lock} and compared with the build
 * by {@code dependencies.lock}.
 *
 * <pre>{@code
 * {
 *   "lockVersion": 1,
 *   "dependencies": {
 *     "org.apache.commons:commons-lang3:jar": { "version": "3.17.0", "scope": "compile", "sha256": "6ee7..." },
 *     "com.acme:features:jar": { "version": "1.4.0-SNAPSHOT", "scope": "compile" }
 *   },
 *   "plugins": {
 *     "org.apache.maven.plugins:maven-jar-plugin": { "version": "3.4.2", "sha256": "0c4e..." }
 *   }
 * }
 * }</pre>
 *
 * Entries are sorted, with {@code \n} line ends and no date, so that the file is byte-identical on every machine and
 * run, and its diffs in version control show only what changed. An entry without {@code sha256} is locked by
 * coordinates only (a module of the same build, or a SNAPSHOT).
 */
public final class LockFile {

    public static final String NAME = "readiness-lock.json";
    public static final int FORMAT_VERSION = 1;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path file;

    public LockFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The lock file of a module. */
    public static LockFile in(Path moduleDir) {
        return new LockFile(moduleDir.resolve(NAME));
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The hex SHA-256 of the file's bytes, as a handoff manifest records it; empty when there is none or it cannot be read. */
    public Optional<String> sha256() {
        if (!exists()) {
            return Optional.empty();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return Optional.of(HexFormat.of().formatHex(digest));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The recorded lock; empty when there is no file, missing evidence when it is not a lock. */
    public Evidence<Optional<DependencyLock>> read() {
        if (!exists()) {
            return Evidence.of(Optional.empty());
        }
        String fix = "write it again with mvn readiness:lock";
        Evidence<JsonFile> json = JsonFiles.readGenerated(file, "lockVersion", FORMAT_VERSION, "lock",
                "{\"lockVersion\": 1, \"dependencies\": {...}, \"plugins\": {...}}", fix);
        if (!json.isPresent()) {
            return json.asMissing();
        }
        JsonFile parsed = json.value();
        SortedMap<String, Entry> dependencies = new TreeMap<>();
        SortedMap<String, Entry> plugins = new TreeMap<>();
        Optional<Evidence<Optional<DependencyLock>>> problem = section(parsed, "dependencies", true, dependencies, fix);
        if (problem.isEmpty()) {
            problem = section(parsed, "plugins", false, plugins, fix);
        }
        return problem.isPresent() ? problem.get() : Evidence.of(Optional.of(new DependencyLock(dependencies, plugins)));
    }

    private static Optional<Evidence<Optional<DependencyLock>>> section(JsonFile parsed, String name, boolean scoped,
            SortedMap<String, Entry> into, String fix) {
        JsonNode section = parsed.tree().path(name);
        String pointer = "/" + name;
        if (!section.isObject()) {
            return Optional.of(Evidence.missing(parsed.file().getFileName() + ": \"" + name + "\" must be an object",
                    fix, parsed.locate(section.isMissingNode() ? "" : pointer)));
        }
        Iterator<Map.Entry<String, JsonNode>> fields = section.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = pointer + "/" + JsonLocations.escape(field.getKey());
            JsonNode entry = field.getValue();
            JsonNode sha = entry.path("sha256");
            boolean valid = entry.isObject() && entry.path("version").isTextual()
                    && (!scoped || entry.path("scope").isTextual())
                    && (sha.isMissingNode() || sha.isTextual() && SHA256.matcher(sha.asText()).matches());
            if (!valid) {
                return Optional.of(Evidence.missing(parsed.file().getFileName() + ": the entry \"" + field.getKey()
                        + "\" must be {\"version\": ..., " + (scoped ? "\"scope\": ..., " : "")
                        + "\"sha256\": <64 hex digits>}", fix, parsed.locate(at)));
            }
            into.put(field.getKey(), new Entry(entry.path("version").asText(), scoped ? entry.path("scope").asText() : "",
                    sha.isMissingNode() ? Optional.empty() : Optional.of(sha.asText())));
        }
        return Optional.empty();
    }

    /**
     * Writes the lock and returns what changed against the file as it was. When nothing changed the file is left as
     * it is; with no file before, every entry is added.
     *
     * @throws InvalidInputException when the existing file is not a lock, rather than silently replacing it
     * @throws IOException when the file cannot be written
     */
    public List<Change> record(DependencyLock current) throws IOException {
        Evidence<Optional<DependencyLock>> existing = read();
        if (existing instanceof Evidence.Missing<Optional<DependencyLock>> missing) {
            throw new InvalidInputException(missing.location().orElse(Location.of(file)), missing.reason(),
                    "correct or delete " + file.getFileName() + ", then run mvn readiness:lock again");
        }
        DependencyLock before = existing.value().orElse(new DependencyLock(new TreeMap<>(), new TreeMap<>()));
        List<Change> changes = DependencyLock.diff(before, current);
        if (existing.value().isEmpty() || !changes.isEmpty()) {
            GeneratedFile.write(file, render(current).getBytes(StandardCharsets.UTF_8));
        }
        return changes;
    }

    static String render(DependencyLock lock) {
        ObjectNode root = dev.readiness.core.JsonTrees.NODES.objectNode();
        root.put("lockVersion", FORMAT_VERSION);
        ObjectNode dependencies = root.putObject("dependencies");
        lock.dependencies().forEach((id, entry) -> write(dependencies.putObject(id), entry, true));
        ObjectNode plugins = root.putObject("plugins");
        lock.plugins().forEach((id, entry) -> write(plugins.putObject(id), entry, false));
        return JsonText.pretty(root);
    }

    private static void write(ObjectNode node, Entry entry, boolean scoped) {
        node.put("version", entry.version());
        if (scoped) {
            node.put("scope", entry.scope());
        }
        entry.sha256().ifPresent(sha -> node.put("sha256", sha));
    }
}
