package dev.readiness.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.core.JsonLocations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Binds a contract's tree to {@link Contract}, section by section, reporting the first wrong key or value in the
 * document's order.
 *
 * <p>The rules are those of Jackson's data binding with the contract reader's settings, written out so that a check
 * never pays for bean introspection: {@code null} is the same as an absent key; a string field takes a string, and a
 * number or {@code true}/{@code false} as its text; a whole-number field takes only a whole number within the range
 * of an int (no strings, no fractions); a number field takes any number. Where Jackson's binding failed without
 * naming the value (a whole number out of range, a {@code null} in a list), this reports the value's place and type.
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

    private static final String STRING = "a string";
    private static final String WHOLE = "a whole number";
    private static final String NUMBER = "a number";
    private static final String ARRAY = "an array";
    private static final String OBJECT = "an object";

    /** One key's binding: the value at a pointer to the Java value, {@code null} for JSON null. */
    private interface Binder extends BiFunction<JsonNode, String, Object> {
    }

    private static final Binder TEXT = ContractBinding::text;
    private static final Binder WHOLE_NUMBER = ContractBinding::whole;
    private static final Binder DOUBLE = ContractBinding::number;
    private static final Binder TREE = (node, pointer) -> node;

    private static final Shape OWNERS = new Shape(keys -> keys
            .add("science", TEXT).add("engineering", TEXT).add("oncall", TEXT),
            v -> new Contract.Owners(v.text("science"), v.text("engineering"), v.text("oncall")));
    private static final Shape FAILURE_MODE = new Shape(keys -> keys
            .add("mode", TEXT).add("detection", TEXT).add("mitigation", TEXT).add("test", TEXT),
            v -> new Contract.FailureMode(v.text("mode"), v.text("detection"), v.text("mitigation"), v.text("test")));
    private static final Shape RUNTIME = new Shape(keys -> keys.add("java", WHOLE_NUMBER),
            v -> new Contract.Runtime((Integer) v.get("java")));
    private static final Shape ALERT = new Shape(keys -> keys
            .add("name", TEXT).add("condition", TEXT).add("route", TEXT),
            v -> new Contract.Alert(v.text("name"), v.text("condition"), v.text("route")));
    private static final Shape MONITORING = new Shape(keys -> keys
            .add("dashboard", TEXT).add("alerts", list(ALERT)),
            v -> new Contract.Monitoring(v.text("dashboard"), v.list("alerts")));
    private static final Shape DRIFT_CHECK = new Shape(keys -> keys
            .add("signal", TEXT).add("method", TEXT).add("threshold", TREE).add("action", TEXT),
            v -> new Contract.DriftCheck(v.text("signal"), v.text("method"), (JsonNode) v.get("threshold"),
                    v.text("action")));
    private static final Shape RETRAINING = new Shape(keys -> keys
            .add("cadence", TEXT).add("trigger", TEXT).add("owner", TEXT).add("where", TEXT),
            v -> new Contract.Retraining(v.text("cadence"), v.text("trigger"), v.text("owner"), v.text("where")));
    private static final Shape OPERATIONS = new Shape(keys -> keys
            .add("resources", map(TEXT)).add("failureModes", list(FAILURE_MODE)).add("runtime", RUNTIME)
            .add("monitoring", MONITORING).add("drift", list(DRIFT_CHECK)).add("retraining", RETRAINING),
            v -> new Contract.Operations(v.map("resources"), v.list("failureModes"), (Contract.Runtime) v.get("runtime"),
                    (Contract.Monitoring) v.get("monitoring"), v.list("drift"), (Contract.Retraining) v.get("retraining")));
    private static final Shape SAMPLES = new Shape(keys -> keys.add("valid", list(TEXT)).add("invalid", list(TEXT)),
            v -> new Contract.Samples(v.list("valid"), v.list("invalid")));
    private static final Shape SCHEMA = new Shape(keys -> keys
            .add("name", TEXT).add("role", TEXT).add("schema", TEXT).add("samples", SAMPLES),
            v -> new Contract.SchemaDeclaration(v.text("name"), v.text("role"), v.text("schema"),
                    (Contract.Samples) v.get("samples")));
    private static final Shape THRESHOLD = new Shape(keys -> keys.add("min", DOUBLE).add("max", DOUBLE),
            v -> new Contract.Threshold((Double) v.get("min"), (Double) v.get("max")));
    private static final Shape METRICS = new Shape(keys -> keys
            .add("files", list(TEXT)).add("thresholds", map(THRESHOLD)).add("baseline", TEXT)
            .add("maxRegression", DOUBLE),
            v -> new Contract.Metrics(v.list("files"), v.map("thresholds"), v.text("baseline"),
                    (Double) v.get("maxRegression")));
    private static final Shape WAIVER = new Shape(keys -> keys
            .add("rule", TEXT).add("reason", TEXT).add("owner", TEXT).add("expires", TEXT).add("subjects", list(TEXT)),
            v -> new Contract.Waiver(v.text("rule"), v.text("reason"), v.text("owner"), v.text("expires"),
                    v.list("subjects")));
    private static final Shape SIGNOFF = new Shape(keys -> keys
            .add("clause", TEXT).add("by", TEXT).add("date", TEXT).add("evidence", TEXT),
            v -> new Contract.Signoff(v.text("clause"), v.text("by"), v.text("date"), v.text("evidence")));
    private static final Shape CONTRACT = new Shape(keys -> keys
            .add("contract", WHOLE_NUMBER).add("$schema", TEXT).add("extends", TEXT).add("owners", OWNERS)
            .add("entryPoint", TEXT).add("operations", OPERATIONS).add("schemas", list(SCHEMA)).add("metrics", METRICS)
            .add("rules", map(TREE)).add("waivers", list(WAIVER)).add("signoffs", list(SIGNOFF)),
            v -> new Contract((Integer) v.get("contract"), v.text("$schema"), v.text("extends"),
                    (Contract.Owners) v.get("owners"), v.text("entryPoint"), (Contract.Operations) v.get("operations"),
                    v.list("schemas"), (Contract.Metrics) v.get("metrics"), v.map("rules"), v.list("waivers"),
                    v.list("signoffs")));

    private ContractBinding() {
    }

    /** The whole contract; the tree must be an object. */
    static Contract contract(JsonNode tree) {
        return (Contract) CONTRACT.apply(tree, "");
    }

    /** An {@code owners} section on its own, as a handoff manifest records it. */
    public static Contract.Owners owners(JsonNode node) {
        Object owners = OWNERS.apply(node, "");
        return owners == null ? new Contract.Owners(null, null, null) : (Contract.Owners) owners;
    }

    /** One failure mode on its own, as a handoff manifest records it. */
    public static Contract.FailureMode failureMode(JsonNode node) {
        Object mode = FAILURE_MODE.apply(node, "");
        return mode == null ? new Contract.FailureMode(null, null, null, null) : (Contract.FailureMode) mode;
    }

    private static Object text(JsonNode node, String pointer) {
        if (node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        throw new Mismatch(pointer, null, List.of(), STRING);
    }

    private static Object whole(JsonNode node, String pointer) {
        if (node.isNull()) {
            return null;
        }
        if (node.isInt()) {
            return node.intValue();
        }
        throw new Mismatch(pointer, null, List.of(), WHOLE);
    }

    private static Object number(JsonNode node, String pointer) {
        if (node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        throw new Mismatch(pointer, null, List.of(), NUMBER);
    }

    private static Binder list(Binder element) {
        String expected = element instanceof Shape ? OBJECT : element == TEXT ? STRING : "a value";
        return (node, pointer) -> {
            if (node.isNull()) {
                return null;
            }
            if (!node.isArray()) {
                throw new Mismatch(pointer, null, List.of(), ARRAY);
            }
            List<Object> values = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                Object value = element.apply(node.get(i), pointer + "/" + i);
                if (value == null) {
                    throw new Mismatch(pointer + "/" + i, null, List.of(), expected);
                }
                values.add(value);
            }
            return values;
        };
    }

    private static Binder map(Binder value) {
        return (node, pointer) -> {
            if (node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                throw new Mismatch(pointer, null, List.of(), OBJECT);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> values.put(field.getKey(),
                    value.apply(field.getValue(), pointer + "/" + JsonLocations.escape(field.getKey()))));
            return values;
        };
    }

    /** The keys of one section in their order, and how its values make the record. */
    private static final class Keys {
        private final Map<String, Binder> binders = new LinkedHashMap<>();

        Keys add(String key, Binder binder) {
            binders.put(key, binder);
            return this;
        }
    }

    /** The values bound from one object, by key. */
    private static final class Values {
        private final Map<String, Object> values = new HashMap<>();

        Object get(String key) {
            return values.get(key);
        }

        String text(String key) {
            return (String) values.get(key);
        }

        @SuppressWarnings("unchecked")
        <T> List<T> list(String key) {
            return (List<T>) values.get(key);
        }

        @SuppressWarnings("unchecked")
        <V> Map<String, V> map(String key) {
            return (Map<String, V>) values.get(key);
        }
    }

    /** An object section: its keys, each with its binder, and the record they make. */
    private static final class Shape implements Binder {
        private final Map<String, Binder> binders;
        private final List<String> known;
        private final java.util.function.Function<Values, Object> make;

        Shape(java.util.function.Consumer<Keys> keys, java.util.function.Function<Values, Object> make) {
            Keys declared = new Keys();
            keys.accept(declared);
            this.binders = declared.binders;
            this.known = List.copyOf(declared.binders.keySet());
            this.make = make;
        }

        @Override
        public Object apply(JsonNode node, String pointer) {
            if (node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                throw new Mismatch(pointer, null, List.of(), OBJECT);
            }
            Values values = new Values();
            var fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = pointer + "/" + JsonLocations.escape(field.getKey());
                Binder binder = binders.get(field.getKey());
                if (binder == null) {
                    throw new Mismatch(at, field.getKey(), known, null);
                }
                values.values.put(field.getKey(), binder.apply(field.getValue(), at));
            }
            return make.apply(values);
        }
    }
}
