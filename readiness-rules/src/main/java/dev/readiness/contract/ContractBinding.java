package dev.readiness.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.core.JsonLocations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a contract's tree to {@link Contract}, section by section, reporting the first wrong key or value in the
 * document's order.
 *
 * <p>The rules are those of Jackson's data binding with the contract reader's settings, written out so that a check
 * never pays for bean introspection: {@code null} is the same as an absent key; a string field takes a string, and a
 * number or {@code true}/{@code false} as its text; a whole-number field takes only a whole number within the range
 * of an int (no strings, no fractions); a number field takes any number. Where Jackson's binding failed without
 * naming the value (a whole number out of range, a {@code null} in a list), this reports the value's place and type;
 * so it does for a {@code null} threshold, which Jackson bound to a map entry without a value (the rules that read
 * thresholds then failed as crashed). A number field refuses the strings {@code "NaN"} and {@code "Infinity"}, which
 * Jackson read as those numbers: a bound of infinity holds for any value.
 */
public final class ContractBinding {

    /** The first key or value in a contract that does not bind. */
    public static final class Mismatch extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** Where: the JSON Pointer of the key or value. */
        final String pointer;
        /** The unknown key, or {@code null} for a value of the wrong type. */
        final String unknownKey;
        /** For an unknown key, the keys known in that object. */
        final List<String> known;
        /** For a value of the wrong type, what it must be: {@code "a whole number"}, {@code "an object"}. */
        final String expected;

        private Mismatch(String pointer, String unknownKey, List<String> known, String expected) {
            super(unknownKey != null ? "unknown key \"" + unknownKey + "\" at \"" + pointer + "\""
                    : "\"" + pointer + "\" must be " + expected);
            this.pointer = pointer;
            this.unknownKey = unknownKey;
            this.known = known;
            this.expected = expected;
        }
    }

    private static final String A_STRING = "a string";
    private static final String A_WHOLE_NUMBER = "a whole number";
    private static final String A_NUMBER = "a number";
    private static final String AN_ARRAY = "an array";
    private static final String AN_OBJECT = "an object";

    private ContractBinding() {
    }

    /** The whole contract; the tree must be an object. */
    static Contract contract(JsonNode tree) {
        return (Contract) Section.CONTRACT.bind(tree, "");
    }

    /** An {@code owners} section on its own, as a handoff manifest records it. */
    public static Contract.Owners owners(JsonNode node) {
        Object owners = Section.OWNERS.bind(node, "");
        return owners == null ? new Contract.Owners(null, null, null) : (Contract.Owners) owners;
    }

    /** One failure mode on its own, as a handoff manifest records it. */
    public static Contract.FailureMode failureMode(JsonNode node) {
        Object mode = Section.FAILURE_MODE.bind(node, "");
        return mode == null ? new Contract.FailureMode(null, null, null, null) : (Contract.FailureMode) mode;
    }

    /** What a key holds. */
    private enum Kind {
        TEXT, WHOLE_NUMBER, NUMBER, TREE, SECTION, LIST, MAP
    }

    /**
     * One key's binding: the value at a pointer to the Java value, {@code null} for JSON null. Plain data and a switch
     * rather than a function per key: a check binds one contract in a fresh JVM, where every lambda is a class made
     * on its first call.
     */
    private record Binder(Kind kind, Binder element, Section section) {

        static final Binder TEXT = new Binder(Kind.TEXT, null, null);
        static final Binder WHOLE_NUMBER = new Binder(Kind.WHOLE_NUMBER, null, null);
        static final Binder NUMBER = new Binder(Kind.NUMBER, null, null);
        static final Binder TREE = new Binder(Kind.TREE, null, null);

        static Binder of(Section section) {
            return new Binder(Kind.SECTION, null, section);
        }

        static Binder listOf(Binder element) {
            return new Binder(Kind.LIST, element, null);
        }

        static Binder mapOf(Binder element) {
            return new Binder(Kind.MAP, element, null);
        }

        Object bind(JsonNode node, String pointer) {
            if (kind == Kind.TREE) {
                return node;
            }
            if (node.isNull()) {
                return null;
            }
            switch (kind) {
                case TEXT:
                    if (node.isTextual()) {
                        return node.textValue();
                    }
                    if (node.isNumber() || node.isBoolean()) {
                        return node.asText();
                    }
                    throw new Mismatch(pointer, null, List.of(), A_STRING);
                case WHOLE_NUMBER:
                    if (node.isInt()) {
                        return node.intValue();
                    }
                    throw new Mismatch(pointer, null, List.of(), A_WHOLE_NUMBER);
                case NUMBER:
                    if (node.isNumber()) {
                        return node.doubleValue();
                    }
                    throw new Mismatch(pointer, null, List.of(), A_NUMBER);
                case SECTION:
                    return section.bind(node, pointer);
                case LIST:
                    return list(node, pointer);
                default:
                    return map(node, pointer);
            }
        }

        private List<Object> list(JsonNode node, String pointer) {
            if (!node.isArray()) {
                throw new Mismatch(pointer, null, List.of(), AN_ARRAY);
            }
            List<Object> values = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                Object value = element.bind(node.get(i), pointer + "/" + i);
                if (value == null) {
                    throw new Mismatch(pointer + "/" + i, null, List.of(), element.kind == Kind.SECTION ? AN_OBJECT : A_STRING);
                }
                values.add(value);
            }
            return values;
        }

        private Map<String, Object> map(JsonNode node, String pointer) {
            if (!node.isObject()) {
                throw new Mismatch(pointer, null, List.of(), AN_OBJECT);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String at = pointer + "/" + JsonLocations.escape(field.getKey());
                Object value = element.bind(field.getValue(), at);
                if (value == null && element.kind == Kind.SECTION) {
                    // A threshold of null would reach the rules as no threshold object at all.
                    throw new Mismatch(at, null, List.of(), AN_OBJECT);
                }
                values.put(field.getKey(), value);
            }
            return values;
        }
    }

    /** One key of a section and how its value binds. */
    private record Key(String name, Binder binder) {
    }

    private static Key key(String name, Binder binder) {
        return new Key(name, binder);
    }

    /** An object section of the contract: its keys in their order, and the record their values make. */
    private enum Section {
        OWNERS(key("science", Binder.TEXT), key("engineering", Binder.TEXT), key("oncall", Binder.TEXT)),
        FAILURE_MODE(key("mode", Binder.TEXT), key("detection", Binder.TEXT), key("mitigation", Binder.TEXT),
                key("test", Binder.TEXT)),
        RUNTIME(key("java", Binder.WHOLE_NUMBER)),
        ALERT(key("name", Binder.TEXT), key("condition", Binder.TEXT), key("route", Binder.TEXT)),
        MONITORING(key("dashboard", Binder.TEXT), key("alerts", Binder.listOf(Binder.of(ALERT)))),
        DRIFT_CHECK(key("signal", Binder.TEXT), key("method", Binder.TEXT), key("threshold", Binder.TREE),
                key("action", Binder.TEXT)),
        RETRAINING(key("cadence", Binder.TEXT), key("trigger", Binder.TEXT), key("owner", Binder.TEXT),
                key("where", Binder.TEXT)),
        OPERATIONS(key("resources", Binder.mapOf(Binder.TEXT)), key("failureModes", Binder.listOf(Binder.of(FAILURE_MODE))),
                key("runtime", Binder.of(RUNTIME)), key("monitoring", Binder.of(MONITORING)),
                key("drift", Binder.listOf(Binder.of(DRIFT_CHECK))), key("retraining", Binder.of(RETRAINING))),
        SAMPLES(key("valid", Binder.listOf(Binder.TEXT)), key("invalid", Binder.listOf(Binder.TEXT))),
        SCHEMA(key("name", Binder.TEXT), key("role", Binder.TEXT), key("schema", Binder.TEXT),
                key("samples", Binder.of(SAMPLES))),
        THRESHOLD(key("min", Binder.NUMBER), key("max", Binder.NUMBER)),
        METRICS(key("files", Binder.listOf(Binder.TEXT)), key("thresholds", Binder.mapOf(Binder.of(THRESHOLD))),
                key("baseline", Binder.TEXT), key("maxRegression", Binder.NUMBER)),
        WAIVER(key("rule", Binder.TEXT), key("reason", Binder.TEXT), key("owner", Binder.TEXT),
                key("expires", Binder.TEXT), key("subjects", Binder.listOf(Binder.TEXT))),
        SIGNOFF(key("clause", Binder.TEXT), key("by", Binder.TEXT), key("date", Binder.TEXT),
                key("evidence", Binder.TEXT)),
        CONTRACT(key("contract", Binder.WHOLE_NUMBER), key("$schema", Binder.TEXT), key("extends", Binder.TEXT),
                key("owners", Binder.of(OWNERS)), key("entryPoint", Binder.TEXT), key("operations", Binder.of(OPERATIONS)),
                key("schemas", Binder.listOf(Binder.of(SCHEMA))), key("metrics", Binder.of(METRICS)),
                key("rules", Binder.mapOf(Binder.TREE)), key("waivers", Binder.listOf(Binder.of(WAIVER))),
                key("signoffs", Binder.listOf(Binder.of(SIGNOFF))));

        private final Map<String, Binder> binders = new LinkedHashMap<>();
        private final List<String> known;

        Section(Key... keys) {
            for (Key key : keys) {
                binders.put(key.name(), key.binder());
            }
            this.known = List.copyOf(binders.keySet());
        }

        /** Binds the keys in the document's order, so that the first wrong one is the one reported. */
        Object bind(JsonNode node, String pointer) {
            if (node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                throw new Mismatch(pointer, null, List.of(), AN_OBJECT);
            }
            Map<String, Object> values = new HashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String at = pointer + "/" + JsonLocations.escape(field.getKey());
                Binder binder = binders.get(field.getKey());
                if (binder == null) {
                    throw new Mismatch(at, field.getKey(), known, null);
                }
                values.put(field.getKey(), binder.bind(field.getValue(), at));
            }
            return make(values);
        }

        @SuppressWarnings("unchecked")
        private Object make(Map<String, Object> v) {
            return switch (this) {
                case OWNERS -> new Contract.Owners(text(v, "science"), text(v, "engineering"), text(v, "oncall"));
                case FAILURE_MODE -> new Contract.FailureMode(text(v, "mode"), text(v, "detection"),
                        text(v, "mitigation"), text(v, "test"));
                case RUNTIME -> new Contract.Runtime((Integer) v.get("java"));
                case ALERT -> new Contract.Alert(text(v, "name"), text(v, "condition"), text(v, "route"));
                case MONITORING -> new Contract.Monitoring(text(v, "dashboard"), (List<Contract.Alert>) v.get("alerts"));
                case DRIFT_CHECK -> new Contract.DriftCheck(text(v, "signal"), text(v, "method"),
                        (JsonNode) v.get("threshold"), text(v, "action"));
                case RETRAINING -> new Contract.Retraining(text(v, "cadence"), text(v, "trigger"), text(v, "owner"),
                        text(v, "where"));
                case OPERATIONS -> new Contract.Operations((Map<String, String>) v.get("resources"),
                        (List<Contract.FailureMode>) v.get("failureModes"), (Contract.Runtime) v.get("runtime"),
                        (Contract.Monitoring) v.get("monitoring"), (List<Contract.DriftCheck>) v.get("drift"),
                        (Contract.Retraining) v.get("retraining"));
                case SAMPLES -> new Contract.Samples((List<String>) v.get("valid"), (List<String>) v.get("invalid"));
                case SCHEMA -> new Contract.SchemaDeclaration(text(v, "name"), text(v, "role"), text(v, "schema"),
                        (Contract.Samples) v.get("samples"));
                case THRESHOLD -> new Contract.Threshold((Double) v.get("min"), (Double) v.get("max"));
                case METRICS -> new Contract.Metrics((List<String>) v.get("files"),
                        (Map<String, Contract.Threshold>) v.get("thresholds"), text(v, "baseline"),
                        (Double) v.get("maxRegression"));
                case WAIVER -> new Contract.Waiver(text(v, "rule"), text(v, "reason"), text(v, "owner"),
                        text(v, "expires"), (List<String>) v.get("subjects"));
                case SIGNOFF -> new Contract.Signoff(text(v, "clause"), text(v, "by"), text(v, "date"),
                        text(v, "evidence"));
                case CONTRACT -> new Contract((Integer) v.get("contract"), text(v, "$schema"), text(v, "extends"),
                        (Contract.Owners) v.get("owners"), text(v, "entryPoint"), (Contract.Operations) v.get("operations"),
                        (List<Contract.SchemaDeclaration>) v.get("schemas"), (Contract.Metrics) v.get("metrics"),
                        (Map<String, JsonNode>) v.get("rules"), (List<Contract.Waiver>) v.get("waivers"),
                        (List<Contract.Signoff>) v.get("signoffs"));
            };
        }

        private static String text(Map<String, Object> values, String key) {
            return (String) values.get(key);
        }
    }
}
