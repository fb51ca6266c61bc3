package dev.readiness.manifest;

import dev.readiness.core.JsonText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.contract.Contract;
import dev.readiness.contract.ContractBinding;
import dev.readiness.core.JsonTrees;
import dev.readiness.core.Evidence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The manifest as JSON ({@code readiness-handoff.schema.json} describes it), written with {@code \n} line ends and a
 * fixed key order, so that the same build writes the same bytes.
 */
public final class ManifestJson {

    private static final JsonNodeFactory NODES = JsonTrees.NODES;

    private ManifestJson() {
    }

    /** The hex SHA-256 of a contract as the manifest records it: its compact JSON in UTF-8. */
    public static String sha256(ObjectNode merged) {
        try {
            byte[] compact = JsonTrees.compact(merged);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(compact));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static ObjectNode toJson(Manifest manifest) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", Manifest.SCHEMA_ID);
        root.put("manifestVersion", manifest.manifestVersion());
        ObjectNode project = root.putObject("project");
        project.put("groupId", manifest.project().groupId());
        project.put("artifactId", manifest.project().artifactId());
        project.put("version", manifest.project().version());
        putOptional(root, "built", manifest.built());
        putOptional(root, "commit", manifest.commit());
        root.put("verdict", manifest.verdict());
        ObjectNode gate = root.putObject("gate");
        gate.put("name", manifest.gate().name());
        gate.put("reason", manifest.gate().reason());
        ArrayNode rules = root.putArray("rules");
        for (Manifest.RuleStatus rule : manifest.rules()) {
            ObjectNode node = rules.addObject();
            node.put("rule", rule.rule());
            node.put("status", rule.status());
            node.put("severity", rule.severity());
            node.put("message", rule.message());
        }
        ObjectNode contract = root.putObject("contract");
        contract.put("sha256", manifest.contract().sha256());
        contract.set("merged", manifest.contract().merged());
        ObjectNode owners = root.putObject("owners");
        owners.put("science", manifest.owners().science());
        owners.put("engineering", manifest.owners().engineering());
        owners.put("oncall", manifest.owners().oncall());
        ObjectNode resources = root.putObject("resources");
        for (Map.Entry<String, String> resource : manifest.resources().entrySet()) {
            resources.put(resource.getKey(), resource.getValue());
        }
        ArrayNode failureModes = root.putArray("failureModes");
        for (Contract.FailureMode mode : manifest.failureModes()) {
            failureModes.addObject().put("mode", mode.mode()).put("detection", mode.detection())
                    .put("mitigation", mode.mitigation()).put("test", mode.test());
        }
        ArrayNode schemas = root.putArray("schemas");
        for (Manifest.Schema schema : manifest.schemas()) {
            ObjectNode node = schemas.addObject();
            node.put("name", schema.name());
            node.put("role", schema.role());
            node.put("file", schema.file());
            node.set("content", schema.content().orElse(NODES.nullNode()));
            ArrayNode samples = node.putArray("validSamples");
            for (Manifest.Sample sample : schema.validSamples()) {
                ObjectNode item = samples.addObject();
                item.put("file", sample.file());
                item.set("content", sample.content());
            }
        }
        if (manifest.metrics().isPresent()) {
            ObjectNode metrics = root.putObject("metrics");
            for (Map.Entry<String, Double> metric : manifest.metrics().get().entrySet()) {
                metrics.put(metric.getKey(), metric.getValue());
            }
        } else {
            root.putNull("metrics");
        }
        if (manifest.lock().isPresent()) {
            ObjectNode lock = root.putObject("lock");
            lock.put("file", manifest.lock().get().file());
            lock.put("sha256", manifest.lock().get().sha256());
        } else {
            root.putNull("lock");
        }
        return root;
    }

    /** The manifest as written: indented by two spaces, {@code \n} line ends, a final line end. */
    public static byte[] render(Manifest manifest) {
        return JsonText.pretty(toJson(manifest)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a manifest, such as one resolved from a repository; {@code source} names it in the reasons (its
     * coordinates). Missing evidence when it is not JSON, not a manifest, or of a newer format than this plugin reads.
     */
    public static Evidence<Manifest> read(byte[] content, String source) {
        String fix = "the manifest is written by readiness:check; rebuild and redeploy that release, or compare with "
                + "another one";
        JsonNode root;
        try {
            root = JsonTrees.tree(JsonTrees.STRICT, content);
        } catch (JsonProcessingException e) {
            return Evidence.missing("the handoff manifest " + source + " is not JSON: " + e.getOriginalMessage(), fix);
        } catch (java.io.IOException e) {
            return Evidence.missing("the handoff manifest " + source + " cannot be read: " + e.getMessage(), fix);
        }
        if (root == null || !root.isObject() || !root.path("manifestVersion").isInt()) {
            return Evidence.missing("the handoff manifest " + source + " has no \"manifestVersion\"; it is not a "
                    + "handoff manifest", fix);
        }
        int version = root.get("manifestVersion").intValue();
        if (version < 1 || version > Manifest.FORMAT_VERSION) {
            return Evidence.missing("the handoff manifest " + source + " has format " + version + "; this plugin reads "
                    + "formats 1 to " + Manifest.FORMAT_VERSION, "upgrade the readiness plugin to read it");
        }
        try {
            JsonNode project = root.path("project");
            Map<String, String> resources = new LinkedHashMap<>();
            root.path("resources").fields().forEachRemaining(e -> resources.put(e.getKey(), e.getValue().asText()));
            List<Manifest.RuleStatus> rules = new ArrayList<>();
            root.path("rules").forEach(r -> rules.add(new Manifest.RuleStatus(r.path("rule").asText(),
                    r.path("status").asText(), r.path("severity").asText(), r.path("message").asText())));
            List<Manifest.Schema> schemas = new ArrayList<>();
            for (JsonNode s : root.path("schemas")) {
                List<Manifest.Sample> samples = new ArrayList<>();
                s.path("validSamples").forEach(sample -> samples.add(new Manifest.Sample(sample.path("file").asText(),
                        sample.path("content"))));
                JsonNode schemaContent = s.path("content");
                schemas.add(new Manifest.Schema(s.path("name").asText(), s.path("role").asText(), s.path("file").asText(),
                        schemaContent.isObject() || schemaContent.isBoolean() ? Optional.of(schemaContent) : Optional.empty(),
                        samples));
            }
            Optional<SortedMap<String, Double>> metrics = Optional.empty();
            if (root.path("metrics").isObject()) {
                SortedMap<String, Double> values = new TreeMap<>();
                root.get("metrics").fields().forEachRemaining(m -> {
                    if (m.getValue().isNumber()) {
                        values.put(m.getKey(), m.getValue().doubleValue());
                    }
                });
                metrics = Optional.of(values);
            }
            JsonNode lock = root.path("lock");
            List<Contract.FailureMode> failureModes = new ArrayList<>();
            for (JsonNode mode : root.path("failureModes")) {
                failureModes.add(ContractBinding.failureMode(mode));
            }
            JsonNode merged = root.path("contract").path("merged");
            return Evidence.of(new Manifest(version,
                    new Manifest.Project(project.path("groupId").asText(), project.path("artifactId").asText(),
                            project.path("version").asText()),
                    text(root.path("built")), text(root.path("commit")), root.path("verdict").asText(),
                    new Manifest.Gate(root.path("gate").path("name").asText(), root.path("gate").path("reason").asText()),
                    rules,
                    new Manifest.MergedContract(root.path("contract").path("sha256").asText(),
                            merged.isObject() ? (ObjectNode) merged : NODES.objectNode()),
                    root.path("owners").isObject() ? ContractBinding.owners(root.get("owners"))
                            : new Contract.Owners(null, null, null),
                    resources, failureModes, schemas, metrics,
                    lock.isObject() ? Optional.of(new Manifest.Lock(lock.path("file").asText(), lock.path("sha256").asText()))
                            : Optional.empty()));
        } catch (IllegalArgumentException e) {
            return Evidence.missing("the handoff manifest " + source + " does not have the shape of format " + version
                    + ": " + e.getMessage(), fix);
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static void putOptional(ObjectNode node, String key, Optional<String> value) {
        if (value.isPresent()) {
            node.put(key, value.get());
        } else {
            node.putNull(key);
        }
    }
}
