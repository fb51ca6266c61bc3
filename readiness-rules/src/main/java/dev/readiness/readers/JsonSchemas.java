package dev.readiness.readers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.format.Formats;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.ResourceLoader;
import com.networknt.schema.resource.ResourceLoaders;
import com.networknt.schema.serialization.NodeReader;
import dev.readiness.contract.Contract.SchemaDeclaration;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Evidence;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.JsonTrees;
import dev.readiness.core.Location;
import dev.readiness.facts.DeclaredSchema;
import dev.readiness.facts.DeclaredSchema.Problem;
import dev.readiness.facts.JsonFile;
import dev.readiness.facts.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the schemas a contract declares: resolves, parses, checks each against its dialect's meta-schema and compiles
 * it, once per module. {@code schemas.declared} reports the problems, {@code schemas.samples} validates samples with
 * the compiled schemas.
 *
 * <p>Nothing is fetched from the network: the meta-schemas are resources of the validator's jar (its default
 * {@code SchemaLoader} maps {@code json-schema.org} ids to the class path and fetches nothing remote), and the only
 * other references resolved are files inside the repository, so that a check gives the same answer offline.
 */
public final class JsonSchemas {

    private static final int MAX_ERRORS = DeclaredSchema.MAX_ERRORS;

    /** The dialects this check knows, by their {@code $schema} id without scheme and trailing {@code #}. */
    private static final Map<String, SpecificationVersion> DIALECTS = new LinkedHashMap<>();

    static {
        DIALECTS.put("json-schema.org/draft/2020-12/schema", SpecificationVersion.DRAFT_2020_12);
        DIALECTS.put("json-schema.org/draft/2019-09/schema", SpecificationVersion.DRAFT_2019_09);
        DIALECTS.put("json-schema.org/draft-07/schema", SpecificationVersion.DRAFT_7);
        DIALECTS.put("json-schema.org/draft-06/schema", SpecificationVersion.DRAFT_6);
        DIALECTS.put("json-schema.org/draft-04/schema", SpecificationVersion.DRAFT_4);
    }

    private final Workspace workspace;
    private final LoadedContract contract;
    private final Function<Path, Evidence<JsonFile>> documents;
    /**
     * Made when the first schema is compiled: a contract that declares none never starts this registry (the plugin
     * warms the validator up at its start, {@link FileReaders#warmUpValidator}).
     */
    private SchemaRegistry registry;

    private JsonSchemas(Workspace workspace, LoadedContract contract, Function<Path, Evidence<JsonFile>> documents) {
        this.workspace = workspace;
        this.contract = contract;
        this.documents = documents;
    }

    /**
     * Every schema the contract declares, in its order.
     *
     * @param documents reads a JSON file of the module (the schema files and those their {@code $ref}s name)
     */
    public static Evidence<List<DeclaredSchema>> read(Workspace workspace, LoadedContract contract,
            Function<Path, Evidence<JsonFile>> documents) {
        return Evidence.of(new JsonSchemas(workspace, contract, documents).loadAll());
    }

    private SchemaRegistry registry() {
        if (registry == null) {
            registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    new Setup(config(), new RepositoryFiles(workspace)));
        }
        return registry;
    }

    /** How a registry is set up: the shared configuration and reader, and the repository's files when it loads any. */
    private static final class Setup implements Consumer<SchemaRegistry.Builder> {

        private final SchemaRegistryConfig config;
        /** Null for the meta-schemas' registries, which load from the validator's jar only. */
        private final RepositoryFiles files;

        Setup(SchemaRegistryConfig config, RepositoryFiles files) {
            this.config = config;
            this.files = files;
        }

        @Override
        public void accept(SchemaRegistry.Builder builder) {
            builder.schemaRegistryConfig(config).nodeReader(Trees.INSTANCE);
            if (files != null) {
                builder.resourceLoaders(files);
            }
        }
    }

    private static SchemaRegistryConfig config() {
        return SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .regularExpressionFactory(LinearPatterns.INSTANCE)
                .build();
    }

    /**
     * Compiles the draft 2020-12 meta-schema, which most schemas are checked against: in a fresh JVM this loads and
     * initialises the validator's classes and reads the meta-schema from its jar, which is most of the first schema's
     * cost. The check then finds it compiled ({@link MetaSchemas}).
     *
     * @return whether the meta-schema accepted a minimal schema, as it must
     */
    static boolean warmUp() {
        // The keyword table first, the largest of the validator's start-up: its formats are meanwhile made on the thread
        // of warmUpFormats, when one runs it, and the dialect waits for them where it needs them.
        return KeywordType.values().length > 0 && MetaSchemas.of(SpecificationVersion.DRAFT_2020_12)
                .validate(JsonTrees.NODES.objectNode().put("type", "object")).isEmpty();
    }

    /**
     * The part of {@link #warmUp()} that another thread can make at the same time: the validator's formats (their
     * classes and patterns, which every dialect holds) and the linear-time engine that compiles the meta-schemas'
     * patterns.
     *
     * @return whether both answered as they must
     */
    static boolean warmUpFormats() {
        return !Formats.DEFAULT.isEmpty() && LinearPatterns.problem("^[a-z][a-z0-9-]*$").isEmpty();
    }

    /**
     * The dialects' meta-schemas, compiled once per JVM and shared by every module and build in it: they come from the
     * validator's jar whatever the module, and a compiled schema validates from many threads at once. A module's own
     * schemas are compiled by its check's registry, which alone reads the repository's files.
     */
    private static final class MetaSchemas implements Function<SpecificationVersion, Schema> {

        private static final Map<SpecificationVersion, Schema> COMPILED = new ConcurrentHashMap<>();
        private static final MetaSchemas COMPILER = new MetaSchemas();

        private MetaSchemas() {
        }

        static Schema of(SpecificationVersion version) {
            return COMPILED.computeIfAbsent(version, COMPILER);
        }

        /** Each dialect's meta-schema in a registry of its own, so that a failed compilation leaves nothing behind. */
        @Override
        public Schema apply(SpecificationVersion dialect) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect, new Setup(config(), null));
            Schema schema = registry.getSchema(SchemaLocation.of(dialect.getDialectId()));
            schema.initializeValidators();
            return schema;
        }
    }

    private List<DeclaredSchema> loadAll() {
        List<SchemaDeclaration> declarations = contract.contract().schemas();
        List<DeclaredSchema> loaded = new ArrayList<>();
        for (int i = 0; i < declarations.size(); i++) {
            loaded.add(load(i, declarations.get(i)));
        }
        return loaded;
    }

    private DeclaredSchema load(int index, SchemaDeclaration declaration) {
        String pointer = LoadedContract.pointer("schemas", Integer.toString(index), "schema");
        if (declaration.schema().isBlank()) {
            return failed(index, declaration, null, Problem.of("schemas[" + index + "] names no schema file",
                    contract.locate(LoadedContract.pointer("schemas", Integer.toString(index))),
                    "add \"schema\": \"src/main/resources/schemas/<name>.schema.json\""));
        }
        Path file;
        try {
            file = workspace.resolve(declaration.schema(), "schema", contract.locate(pointer));
        } catch (InvalidInputException e) {
            return failed(index, declaration, null, new Problem(e.problem(), e.location(), e.fix()));
        }
        if (!workspace.isFile(file)) {
            return failed(index, declaration, file, Problem.of("the schema file " + declaration.schema() + " of '"
                            + nameOf(declaration) + "' does not exist", contract.locate(pointer),
                    "create " + file + " or correct the path, which is relative to the module directory"));
        }
        Evidence<JsonFile> json = documents.apply(file);
        if (json instanceof Evidence.Missing<JsonFile> missing) {
            return failed(index, declaration, file,
                    new Problem("the schema " + missing.reason(), missing.location(), missing.hint()));
        }
        JsonFile document = json.value();
        JsonNode node = document.tree();
        JsonNode declared = node.path("$schema");
        SpecificationVersion version = SpecificationVersion.DRAFT_2020_12;
        if (node.isObject() && node.has("$schema")) {
            Optional<SpecificationVersion> known = declared.isTextual() ? dialect(declared.asText()) : Optional.empty();
            if (known.isEmpty()) {
                return failed(index, declaration, file, Problem.of("the schema " + workspace.relative(file)
                                + " declares \"$schema\": " + declared + ", which is not a JSON Schema dialect this check knows",
                        document.locate("/$schema"),
                        "use one of " + dialectIds() + ", or leave \"$schema\" out for draft 2020-12"));
            }
            version = known.get();
            if (!declared.asText().equals(version.getDialectId())) {
                // Written without "#" or with the other scheme: compile with the id the validator knows.
                node = ((ObjectNode) node.deepCopy()).put("$schema", version.getDialectId());
            }
        }
        List<Problem> problems = metaSchemaErrors(document, node, version);
        if (problems.isEmpty()) {
            problems = keywordProblems(document, node);
        }
        if (problems.isEmpty()) {
            Path schemaFile = file.toAbsolutePath().normalize();
            problems = new ArrayList<>();
            for (List<SchemaRefCycles.Node> cycle : SchemaRefCycles.find(schemaFile, node, new OtherSchemas())) {
                if (problems.size() == MAX_ERRORS) {
                    break;
                }
                List<String> steps = new ArrayList<>(cycle.size());
                for (SchemaRefCycles.Node n : cycle) {
                    steps.add((n.file().equals(schemaFile) ? "" : workspace.relative(n.file())) + "#" + n.pointer());
                }
                problems.add(Problem.of("the schema " + workspace.relative(file)
                                + " has a $ref cycle that never reaches a value: " + String.join(" -> ", steps),
                        cycle.get(0).file().equals(schemaFile) ? document.locate(cycle.get(0).pointer())
                                : Location.of(cycle.get(0).file()),
                        "break the cycle: a schema may refer back to itself only below \"properties\", \"items\" or"
                                + " another keyword that descends into the value"));
            }
        }
        if (!problems.isEmpty()) {
            return new DeclaredSchema(index, declaration, Optional.of(file), Optional.empty(), problems);
        }
        try {
            Schema schema = registry().getSchema(SchemaLocation.of(file.toUri().toString()), node);
            // Resolve every $ref now, so that a broken reference is this schema's problem, not a sample's.
            schema.initializeValidators();
            return new DeclaredSchema(index, declaration, Optional.of(file), Optional.of(schema), List.of());
        } catch (SchemaException e) {
            return failed(index, declaration, file, Problem.of("the schema " + workspace.relative(file)
                            + " cannot be compiled: " + compileError(e), Location.of(file),
                    "a $ref may name a JSON file inside the repository (relative to the schema) or a "
                            + "definition in it; remote schemas are never fetched, copy them into the repository"));
        }
    }

    private List<Problem> metaSchemaErrors(JsonFile document, JsonNode node, SpecificationVersion version) {
        Schema metaSchema = MetaSchemas.of(version);
        Map<String, List<String>> byPointer = new LinkedHashMap<>();
        for (Error error : metaSchema.validate(node)) {
            String pointer = error.getInstanceLocation().toString();
            List<String> messages = byPointer.get(pointer);
            if (messages == null) {
                messages = new ArrayList<>();
                byPointer.put(pointer, messages);
            }
            messages.add(error.getMessage());
        }
        List<Problem> findings = new ArrayList<>();
        String relative = workspace.relative(document.file());
        for (Map.Entry<String, List<String>> error : byPointer.entrySet()) {
            if (findings.size() == MAX_ERRORS) {
                findings.add(Problem.of("the schema " + relative + " has " + (byPointer.size() - MAX_ERRORS)
                        + " more errors against the " + dialectName(version) + " meta-schema", Location.of(document.file()), ""));
                break;
            }
            String pointer = error.getKey();
            findings.add(Problem.of("the schema " + relative + " is not a valid JSON Schema (" + dialectName(version)
                            + "): at " + (pointer.isEmpty() ? "the top level" : pointer) + ": "
                            + String.join("; ", error.getValue()), document.locate(pointer),
                    "correct the keyword at that line; see https://json-schema.org/understanding-json-schema/"));
        }
        return findings;
    }

    /**
     * Every {@code pattern} and {@code patternProperties} key the linear-time engine cannot compile, with its pointer.
     * Values that are data, not schemas ({@code const}, {@code enum}, {@code default}, {@code examples}), are skipped.
     * A {@code $ref} to a YAML file is one too: the files a schema refers to are JSON, and it is reported here, at
     * its line, rather than by the validator when it fails to read the file.
     */
    private List<Problem> keywordProblems(JsonFile document, JsonNode root) {
        List<Problem> findings = new ArrayList<>();
        String relative = workspace.relative(document.file());
        java.util.Deque<Map.Entry<String, JsonNode>> pending = new java.util.ArrayDeque<>();
        pending.push(Map.entry("", root));
        while (!pending.isEmpty() && findings.size() < MAX_ERRORS) {
            Map.Entry<String, JsonNode> entry = pending.pop();
            String at = entry.getKey();
            JsonNode node = entry.getValue();
            if (node.isObject()) {
                if (node.path("pattern").isTextual()) {
                    check(findings, relative, document, at + "/pattern", node.get("pattern").asText());
                }
                if (node.path("$ref").isTextual()) {
                    Optional<String> yaml = yamlRef(node.get("$ref").asText());
                    if (yaml.isPresent()) {
                        String file = yaml.get();
                        findings.add(Problem.of("the schema " + relative + " has a $ref at " + at + "/$ref to " + file
                                        + ", a YAML file; schemas and the files they refer to are read as JSON only",
                                document.locate(at + "/$ref"),
                                "convert " + file + " to JSON and point the $ref at the .json file"));
                    }
                }
                if (node.path("patternProperties").isObject()) {
                    for (Iterator<String> keys = node.get("patternProperties").fieldNames(); keys.hasNext(); ) {
                        String key = keys.next();
                        check(findings, relative, document, at + "/patternProperties/" + escape(key), key);
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!DATA_KEYWORDS.contains(field.getKey())) {
                        pending.push(Map.entry(at + "/" + escape(field.getKey()), field.getValue()));
                    }
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(at + "/" + i, node.get(i)));
                }
            }
        }
        return findings;
    }

    private static final java.util.Set<String> DATA_KEYWORDS = java.util.Set.of("const", "enum", "default", "examples");

    private static void check(List<Problem> findings, String relative, JsonFile document, String pointer, String regex) {
        Optional<String> problem = LinearPatterns.problem(regex);
        if (problem.isPresent()) {
            findings.add(Problem.of("the schema " + relative + " has a pattern at " + pointer + " that cannot be used: "
                            + LinearPatterns.quoted(regex)
                            + " is not a regular expression a linear-time engine (RE2) compiles: " + problem.get(),
                    document.locate(pointer),
                    "write it without look-ahead, look-behind and back-references (RE2 syntax, "
                            + "https://github.com/google/re2/wiki/Syntax); these are what let a pattern take "
                            + "exponential time"));
        }
    }

    /** The file a {@code $ref} names when it is a YAML file ({@code .yaml} or {@code .yml}, in any case). */
    private static Optional<String> yamlRef(String ref) {
        int fragment = ref.indexOf('#');
        String file = fragment < 0 ? ref : ref.substring(0, fragment);
        String lower = file.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? Optional.of(file) : Optional.empty();
    }

    /** Another schema file a {@code $ref} leads to, when it is one inside the repository that parses. */
    private final class OtherSchemas implements Function<Path, Optional<JsonNode>> {
        @Override
        public Optional<JsonNode> apply(Path path) {
            if (!workspace.contains(path)) {
                return Optional.empty();
            }
            // The reader refuses what is not a regular file of a bounded size, as for every evidence file.
            Evidence<JsonFile> json = documents.apply(path);
            return json instanceof Evidence.Missing<JsonFile> ? Optional.empty() : Optional.of(json.value().tree());
        }
    }

    /** A JSON Pointer's escaping of a member name. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Serves {@code $ref}s to files inside the repository; anything else (a remote URL) is not loaded. Added to the
     * registry's resource loaders, in the validator's order.
     */
    private static final class RepositoryFiles implements ResourceLoader, Consumer<ResourceLoaders.Builder> {

        private final Workspace workspace;

        RepositoryFiles(Workspace workspace) {
            this.workspace = workspace;
        }

        @Override
        public void accept(ResourceLoaders.Builder loaders) {
            loaders.add(this);
        }

        @Override
        public InputStreamSource getResource(AbsoluteIri iri) {
            String text = iri.toString();
            if (!text.startsWith("file:")) {
                return null;
            }
            Path path;
            try {
                path = Path.of(URI.create(text)).toAbsolutePath().normalize();
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (!workspace.contains(path) || !Files.isRegularFile(path)) {
                return null;
            }
            return new RepositoryFile(path);
        }
    }

    private static final class RepositoryFile implements InputStreamSource {

        private final Path path;

        RepositoryFile(Path path) {
            this.path = path;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return Files.newInputStream(path);
        }
    }

    /**
     * The validator's reader of the documents it loads itself (the dialects' meta-schemas, the files {@code $ref}s
     * name): JSON through {@link JsonTrees}, strict as every data file, so that validating never builds an
     * {@code ObjectMapper}. A schema and the files it refers to are JSON, as the contract's schemas are; a
     * {@code $ref} to a YAML file is refused (the plugin does not bring a YAML reader).
     */
    private enum Trees implements NodeReader {
        INSTANCE;

        @Override
        public JsonNode readTree(String content, InputFormat format) throws IOException {
            requireJson(format);
            return present(JsonTrees.tree(JsonTrees.STRICT, content));
        }

        @Override
        public JsonNode readTree(InputStream content, InputFormat format) throws IOException {
            requireJson(format);
            return present(JsonTrees.tree(JsonTrees.STRICT, content.readAllBytes()));
        }

        private static void requireJson(InputFormat format) throws IOException {
            if (format != InputFormat.JSON) {
                throw new NotJson();
            }
        }

        private static JsonNode present(JsonNode tree) {
            return tree == null ? MissingNode.getInstance() : tree;
        }
    }

    /** A {@code $ref} to a file the validator would read as YAML. */
    private static final class NotJson extends IOException {
        private static final long serialVersionUID = 1L;

        NotJson() {
            super("it names a YAML file, and schemas are read as JSON only");
        }
    }

    /** The validator's message, and why a file a {@code $ref} names was refused when that is the cause. */
    private static String compileError(SchemaException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof NotJson) {
                return e.getMessage() + ": " + cause.getMessage();
            }
        }
        return e.getMessage();
    }

    /** The dialect a {@code $schema} id names, with or without {@code #} and with either scheme. */
    public static Optional<SpecificationVersion> dialect(String id) {
        String normalized = id.trim();
        if (normalized.startsWith("https://")) {
            normalized = normalized.substring("https://".length());
        } else if (normalized.startsWith("http://")) {
            normalized = normalized.substring("http://".length());
        }
        if (normalized.endsWith("#")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return Optional.ofNullable(DIALECTS.get(normalized));
    }

    static String dialectName(SpecificationVersion version) {
        return switch (version) {
            case DRAFT_4 -> "draft-04";
            case DRAFT_6 -> "draft-06";
            case DRAFT_7 -> "draft-07";
            case DRAFT_2019_09 -> "draft 2019-09";
            case DRAFT_2020_12 -> "draft 2020-12";
            default -> version.getDialectId();
        };
    }

    /** The ids of the dialects this check knows, for a message. */
    private static String dialectIds() {
        List<String> ids = new ArrayList<>(DIALECTS.size());
        for (SpecificationVersion version : DIALECTS.values()) {
            ids.add(version.getDialectId());
        }
        return String.join(", ", ids);
    }

    private static String nameOf(SchemaDeclaration declaration) {
        return declaration.name().isBlank() ? declaration.schema() : declaration.name();
    }

    private static DeclaredSchema failed(int index, SchemaDeclaration declaration, Path file, Problem problem) {
        return new DeclaredSchema(index, declaration, Optional.ofNullable(file), Optional.empty(), List.of(problem));
    }
}
