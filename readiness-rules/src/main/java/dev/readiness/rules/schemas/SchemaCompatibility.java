package dev.readiness.rules.schemas;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.readiness.core.Printable;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a JSON Schema with the previous release's version of it. Each difference of a construct is classified once
 * as narrowing the set of accepted documents, widening it, both, or unknown; the role decides what breaks: a request
 * schema ({@link Role#INPUT}) must still accept every request it accepted, so narrowing breaks clients; a response
 * schema ({@link Role#OUTPUT}) must only produce what consumers accepted, so widening breaks them.
 *
 * <p>Properties, items, {@code prefixItems}, {@code additionalProperties} and {@code $defs} are compared recursively,
 * {@code $ref}s inside the document are followed on both sides (each pair of locations once, so cycles end). What is
 * too complex to judge safely (composition keywords, references to other documents, {@code patternProperties},
 * ...) is compared for equality only and, where it differs, reported as one {@link Kind#UNCERTAIN} change, never
 * guessed. Depth and work are bounded, so a hostile schema ends quickly with an uncertain change.
 */
public final class SchemaCompatibility {

    /** Whether the schema describes requests the product accepts or responses it returns. */
    public enum Role { INPUT, OUTPUT }

    /** What a change means for the role. */
    public enum Kind { BREAKING, UNCERTAIN, COMPATIBLE }

    /**
     * One difference between the versions.
     *
     * @param pointer JSON pointer into the new schema (into the previous one for what was removed)
     * @param change what changed, e.g. "merchant is now required"
     * @param before what the previous release allowed, e.g. "accepted requests without it" (to follow its version)
     */
    public record Change(String pointer, Kind kind, String change, String before) {
        public Change {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(before, "before");
        }
    }

    static final int MAX_DEPTH = 64;
    /** Work allowed beyond {@link #WORK_PER_NODE} per node of the two schemas, so the bound stays linear. */
    static final long BASE_WORK = 100_000;
    static final long WORK_PER_NODE = 20;
    static final int MAX_CHANGES = 1_000;
    /** Values or names listed one by one in a keyword before the rest is summed up. */
    static final int MAX_LISTED = 10;
    private static final int MAX_REF_HOPS = 64;
    private static final int MAX_SHOWN = 60;
    private static final int MAX_NAME = 120;

    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "examples", "default",
            "deprecated", "readOnly", "writeOnly", "$id", "$schema", "$anchor", "$dynamicAnchor", "$vocabulary",
            "$defs", "definitions", "contentMediaType", "contentEncoding", "id");
    /** Keywords compared for equality only: their effect on the accepted documents is too complex to judge. */
    private static final List<String> COMPLEX = List.of("allOf", "anyOf", "oneOf", "not", "if", "then", "else",
            "dependentSchemas", "dependentRequired", "dependencies", "patternProperties", "unevaluatedProperties",
            "unevaluatedItems", "$dynamicRef", "$recursiveRef", "contains", "minContains", "maxContains",
            "propertyNames", "contentSchema");
    private static final List<String> NUMBERS = List.of("minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems", "minProperties",
            "maxProperties");
    private static final List<String> TYPES = List.of("null", "boolean", "object", "array", "number", "integer",
            "string");

    private SchemaCompatibility() {
    }

    /** The differences from {@code previous} to {@code current}, in the order of the new schema. */
    public static List<Change> compare(JsonNode previous, JsonNode current, Role role) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(role, "role");
        return compare(previous, current, role,
                BASE_WORK + WORK_PER_NODE * (Comparison.nodes(previous) + Comparison.nodes(current)));
    }

    /** With the work bound given, in units of one schema pair or one keyword's entry compared. */
    static List<Change> compare(JsonNode previous, JsonNode current, Role role, long budget) {
        return new Comparison(previous, current, role, budget).run();
    }

    private enum Effect { NARROWS, WIDENS, BOTH, UNKNOWN }

    /** A schema in one of the documents: the node and its JSON pointer there (where it would be, if implied). */
    private record Loc(JsonNode node, String pointer) {
    }

    /** What a change is about, in the user's words: a property path such as {@code customer.id}. */
    private record Subject(String path, String display, boolean plural) {

        Subject child(String key, Words words) {
            String p = path.isEmpty() ? key : path + "." + key;
            return of(p, words);
        }

        Subject items(Words words) {
            return of(path + "[]", words);
        }

        Subject item(int index, Words words) {
            return of(path + "[" + index + "]", words);
        }

        Subject others() {
            return new Subject(path.isEmpty() ? "*" : path + ".*", "other properties of " + display, true);
        }

        static Subject of(String path, Words words) {
            if (path.isEmpty()) {
                return new Subject(path, words.document, false);
            }
            String shown = Printable.of(path);
            if (shown.length() > MAX_NAME) {
                String tail = shown.substring(shown.length() - MAX_NAME + 3);
                int segment = tail.indexOf('.');
                shown = "..." + (segment >= 0 && segment < tail.length() - 1 ? tail.substring(segment) : tail);
            } else if (shown.startsWith("[") || shown.startsWith("*")) {
                shown = words.document + shown;
            }
            return new Subject(path, shown, false);
        }

        String is() {
            return plural ? "are" : "is";
        }

        String has() {
            return plural ? "have" : "has";
        }
    }

    /** The words of a role: what the previous release did with a document. */
    private record Words(String document, String documents, String accepted, String never, String required) {
        static Words of(Role role) {
            return role == Role.INPUT
                    ? new Words("the request", "requests", "accepted", "never accepted", "required it")
                    : new Words("the response", "responses", "returned", "never returned", "always returned it");
        }
    }

    private static final class Comparison {
        private final JsonNode oldRoot;
        private final JsonNode newRoot;
        private final boolean oldLegacy;
        private final boolean newLegacy;
        private final Role role;
        private final Words words;
        private final Set<String> visited = new HashSet<>();
        private final Map<String, Boolean> refsChecked = new HashMap<>();
        private final List<Change> changes = new ArrayList<>();
        private int dropped;
        private Kind droppedWorst;
        private long work;
        private final long budget;
        private boolean aborted;

        Comparison(JsonNode oldRoot, JsonNode newRoot, Role role, long budget) {
            this.oldRoot = oldRoot;
            this.newRoot = newRoot;
            this.oldLegacy = legacy(oldRoot);
            this.newLegacy = legacy(newRoot);
            this.role = role;
            this.words = Words.of(role);
            this.budget = budget;
        }

        static long nodes(JsonNode root) {
            long count = 0;
            Deque<JsonNode> pending = new ArrayDeque<>();
            pending.push(root);
            while (!pending.isEmpty()) {
                JsonNode node = pending.pop();
                count++;
                if (node.isContainerNode()) {
                    node.elements().forEachRemaining(pending::push);
                }
            }
            return count;
        }

        /** Before 2019-09, keywords beside a {@code $ref} are ignored. */
        private static boolean legacy(JsonNode root) {
            String dialect = root.path("$schema").asText("");
            return dialect.contains("draft-03") || dialect.contains("draft-04") || dialect.contains("draft-06")
                    || dialect.contains("draft-07");
        }

        List<Change> run() {
            Subject root = Subject.of("", words);
            compare(new Loc(oldRoot, ""), new Loc(newRoot, ""), root, 0);
            // Definitions are compared as such too: other documents may refer to them.
            for (String keyword : List.of("$defs", "definitions")) {
                JsonNode o = oldRoot.path(keyword);
                JsonNode n = newRoot.path(keyword);
                if (o.isObject() && n.isObject()) {
                    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                        String name = it.next();
                        if (o.has(name)) {
                            String at = "/" + keyword + "/" + escape(name);
                            Subject subject = new Subject(keyword + "." + name,
                                    "the definition " + Printable.of(name), false);
                            compare(new Loc(o.get(name), at), new Loc(n.get(name), at), subject, 1);
                        }
                    }
                }
            }
            if (dropped > 0) {
                changes.add(new Change("", droppedWorst, dropped + " more changes not listed",
                        "declared them differently"));
            }
            return List.copyOf(changes);
        }

        // ---------------------------------------------------------------- recording

        private Kind kind(Effect effect) {
            return switch (effect) {
                case BOTH -> Kind.BREAKING;
                case UNKNOWN -> Kind.UNCERTAIN;
                case NARROWS -> role == Role.INPUT ? Kind.BREAKING : Kind.COMPATIBLE;
                case WIDENS -> role == Role.OUTPUT ? Kind.BREAKING : Kind.COMPATIBLE;
            };
        }

        private void add(String pointer, Effect effect, String change, String before) {
            Kind kind = kind(effect);
            if (changes.size() < MAX_CHANGES) {
                changes.add(new Change(pointer, kind, change, before));
                return;
            }
            dropped++;
            if (droppedWorst == null || kind.ordinal() < droppedWorst.ordinal()) {
                droppedWorst = kind;
            }
        }

        private void narrows(String pointer, String change, String before) {
            add(pointer, Effect.NARROWS, change, before);
        }

        private void widens(String pointer, String change, String before) {
            add(pointer, Effect.WIDENS, change, before);
        }

        private void uncertain(String pointer, String change) {
            add(pointer, Effect.UNKNOWN, change, "declared it differently");
        }

        /** Counts work; past the bound, the comparison ends with one uncertain change. */
        private boolean spend(long units) {
            if (aborted) {
                return false;
            }
            work += units;
            if (work > budget) {
                aborted = true;
                // past the cap on listed changes too: this one must be seen
                changes.add(new Change("", Kind.UNCERTAIN, "the schemas are too large to compare safely",
                        "declared them differently"));
                return false;
            }
            return true;
        }

        // ---------------------------------------------------------------- schemas

        private void compare(Loc o, Loc n, Subject s, int depth) {
            if (!spend(1)) {
                return;
            }
            Loc ro = resolve(o, oldRoot, oldLegacy);
            Loc rn = resolve(n, newRoot, newLegacy);
            if (ro == null || rn == null) {
                if (!o.node().equals(n.node())) {
                    uncertain(n.pointer(), s.display() + " refers to a schema that cannot be followed"
                            + " (missing or a loop of references)");
                }
                return;
            }
            if (!visited.add(ro.pointer() + '\u0000' + rn.pointer())) {
                return; // compared already: a cycle of references, or one definition used twice
            }
            JsonNode on = ro.node();
            JsonNode nn = rn.node();
            if (depth > MAX_DEPTH) {
                if (!on.equals(nn)) {
                    uncertain(rn.pointer(), s.display() + " is nested too deeply to compare safely");
                }
                return;
            }
            boolean oldFalse = isFalse(on);
            boolean newFalse = isFalse(nn);
            if (oldFalse || newFalse) {
                if (newFalse && !oldFalse) {
                    narrows(rn.pointer(), s.display() + " " + s.is() + " no longer allowed",
                            words.accepted + (s.plural() ? " them" : " it"));
                } else if (oldFalse && !newFalse) {
                    widens(rn.pointer(), s.display() + " " + s.is() + " now allowed",
                            words.never + (s.plural() ? " them" : " it"));
                }
                return;
            }
            on = on.isBoolean() ? EMPTY : on; // true is the empty schema
            nn = nn.isBoolean() ? EMPTY : nn;
            if (!on.isObject() || !nn.isObject()) {
                if (!on.equals(nn)) {
                    uncertain(rn.pointer(), s.display() + " is not a valid schema in one of the versions");
                }
                return;
            }
            if (!spend(weight(on) + weight(nn))) {
                return;
            }
            new Pair(new Loc(on, ro.pointer()), new Loc(nn, rn.pointer()), s, depth).compare();
        }

        /** The work of comparing a schema's own keywords: its lists of values, names and properties count. */
        private static long weight(JsonNode schema) {
            return schema.size() + schema.path("enum").size() + schema.path("required").size()
                    + schema.path("properties").size() + schema.path("prefixItems").size()
                    + schema.path("items").size();
        }

        /** Follows references that stand for their target alone; null where one cannot be followed. */
        private Loc resolve(Loc loc, JsonNode root, boolean legacy) {
            Loc at = loc;
            for (int hop = 0; hop <= MAX_REF_HOPS; hop++) {
                JsonNode node = at.node();
                JsonNode ref = node.isObject() ? node.get("$ref") : null;
                if (ref == null || !ref.isTextual() || !local(ref.asText()) || !(legacy || onlyRef(node))) {
                    return at;
                }
                at = target(root, ref.asText());
                if (at == null) {
                    return null;
                }
            }
            return null;
        }

        /** Reference siblings kept in 2019-09 and later apply beside the target: both are compared then. */
        private static boolean onlyRef(JsonNode node) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!key.equals("$ref") && !ANNOTATIONS.contains(key) && !key.startsWith("x-")) {
                    return false;
                }
            }
            return true;
        }

        private static boolean local(String ref) {
            return ref.equals("#") || ref.startsWith("#/");
        }

        private static Loc target(JsonNode root, String ref) {
            String pointer = decode(ref.substring(1));
            if (pointer == null) {
                return null;
            }
            try {
                JsonNode node = root.at(JsonPointer.compile(pointer));
                return node.isMissingNode() ? null : new Loc(node, pointer);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** A URI fragment's percent escapes decoded (RFC 6901, section 6); null when malformed. */
        private static String decode(String fragment) {
            if (fragment.indexOf('%') < 0) {
                return fragment;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(fragment.length());
            int i = 0;
            while (i < fragment.length()) {
                int escape = fragment.indexOf('%', i);
                int end = escape < 0 ? fragment.length() : escape;
                bytes.writeBytes(fragment.substring(i, end).getBytes(StandardCharsets.UTF_8));
                if (escape < 0) {
                    break;
                }
                if (escape + 2 >= fragment.length()) {
                    return null;
                }
                int hi = Character.digit(fragment.charAt(escape + 1), 16);
                int lo = Character.digit(fragment.charAt(escape + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i = escape + 3;
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }

        // ---------------------------------------------------------------- one pair of object schemas

        private final class Pair {
            private final JsonNode o;
            private final JsonNode n;
            private final String op;
            private final String np;
            private final Subject s;
            private final int depth;

            Pair(Loc o, Loc n, Subject s, int depth) {
                this.o = o.node();
                this.n = n.node();
                this.op = o.pointer();
                this.np = n.pointer();
                this.s = s;
                this.depth = depth;
            }

            /** The keyword's pointer in the new schema, or in the previous one where it was removed. */
            private String at(String keyword) {
                String escaped = escape(keyword);
                return n.has(keyword) || !o.has(keyword) ? np + "/" + escaped : op + "/" + escaped;
            }

            void compare() {
                if (!references()) {
                    return;
                }
                types();
                values();
                if (numbersValid()) {
                    bounds(true);
                    bounds(false);
                    counts("minLength", "maxLength", "character", "characters");
                    counts("minItems", "maxItems", "item", "items");
                    counts("minProperties", "maxProperties", "property", "properties");
                    multipleOf();
                }
                matching("pattern", "match ", "that do not match it", "that did not match it");
                matching("format", "have the format ", "in any format", "in other formats");
                uniqueItems();
                required();
                properties();
                items();
                complex();
            }

            /** Compares the targets of references kept beside other keywords; false where the rest is not comparable. */
            private boolean references() {
                JsonNode ro = o.get("$ref");
                JsonNode rn = n.get("$ref");
                if (ro == null && rn == null) {
                    return true;
                }
                if (ro != null && rn != null && ro.isTextual() && rn.isTextual()
                        && local(ro.asText()) && local(rn.asText())) {
                    Loc to = target(oldRoot, ro.asText());
                    Loc tn = target(newRoot, rn.asText());
                    if (to != null && tn != null) {
                        Comparison.this.compare(to, tn, s, depth + 1);
                        return true;
                    }
                }
                if (Objects.equals(ro, rn)) {
                    return true; // the same reference to another document: compared for equality only
                }
                uncertain(at("$ref"), "the $ref of " + s.display() + " changed and is too complex to compare safely");
                // With a reference on one side only, its keywords mean something else than the other side's.
                return ro != null && rn != null;
            }

            // ------------------------------------------------------------ type

            private void types() {
                Set<String> ot = typeSet(o);
                Set<String> nt = typeSet(n);
                if (ot != INVALID && nt != INVALID ? Objects.equals(ot, nt)
                        : Objects.equals(o.get("type"), n.get("type"))) {
                    return;
                }
                String pointer = at("type");
                if (ot == INVALID || nt == INVALID) {
                    uncertain(pointer, "the type of " + s.display() + " is not valid in one of the versions");
                    return;
                }
                Set<String> removed = ot == null ? null : missing(ot, nt);
                Set<String> added = nt == null ? null : missing(nt, ot);
                boolean narrows = nt != null && (ot == null || !removed.isEmpty());
                boolean widens = ot != null && (nt == null || !added.isEmpty());
                String removedText = ot == null ? "any type" : describe(removed, nt);
                if (narrows && widens) {
                    add(pointer, Effect.BOTH, s.display() + " must now be " + describe(nt, null),
                            role == Role.INPUT ? words.accepted + " " + removedText
                                    : words.never + " " + describe(added, ot));
                } else if (narrows) {
                    narrows(pointer, s.display() + " must now be " + describe(nt, null),
                            words.accepted + " " + removedText);
                } else if (widens) {
                    if (nt == null) {
                        widens(pointer, s.display() + " may now be of any type",
                                words.accepted + " only " + describe(ot, null));
                    } else {
                        widens(pointer, s.display() + " may now be " + describe(added, ot),
                                words.never + " " + describe(added, ot));
                    }
                }
            }

            // ------------------------------------------------------------ enum and const

            private void values() {
                Map<String, JsonNode> ov = valueSet(o);
                Map<String, JsonNode> nv = valueSet(n);
                if (Objects.equals(ov, nv)) {
                    return;
                }
                String keyword = n.has("const") ? "const" : n.has("enum") ? "enum" : o.has("const") ? "const" : "enum";
                String pointer = at(keyword);
                if (ov == INVALID_VALUES || nv == INVALID_VALUES) {
                    uncertain(pointer, "the " + keyword + " of " + s.display() + " is not valid in one of the versions");
                    return;
                }
                if (ov == null) {
                    narrows(pointer, s.display() + " must now be " + oneOf(nv.values()), words.accepted + " other values");
                    return;
                }
                if (nv == null) {
                    widens(pointer, s.display() + " may now be any value", words.never + " other values");
                    return;
                }
                List<JsonNode> removed = new ArrayList<>();
                ov.forEach((key, value) -> {
                    if (!nv.containsKey(key)) {
                        removed.add(value);
                    }
                });
                List<JsonNode> added = new ArrayList<>();
                nv.forEach((key, value) -> {
                    if (!ov.containsKey(key)) {
                        added.add(value);
                    }
                });
                listed(removed, v -> narrows(pointer, s.display() + " may no longer be " + shown(v),
                                words.accepted + " it"),
                        more -> narrows(pointer, s.display() + " may no longer be " + more + " other values",
                                words.accepted + " them"));
                listed(added, v -> widens(pointer, s.display() + " may now be " + shown(v), words.never + " it"),
                        more -> widens(pointer, s.display() + " may now be " + more + " other values",
                                words.never + " them"));
            }

            // ------------------------------------------------------------ numbers

            /** False, with an uncertain change, where a numeric keyword is no number in a version. */
            private boolean numbersValid() {
                boolean valid = true;
                for (String keyword : NUMBERS) {
                    JsonNode a = o.get(keyword);
                    JsonNode b = n.get(keyword);
                    boolean exclusive = keyword.startsWith("exclusive");
                    if ((bad(a, exclusive) || bad(b, exclusive)) && !Objects.equals(a, b)) {
                        valid = false;
                        uncertain(at(keyword), "the " + keyword + " of " + s.display()
                                + " is not a number in one of the versions");
                    }
                }
                return valid;
            }

            private boolean bad(JsonNode value, boolean booleanAllowed) {
                return value != null && !value.isNumber() && !(booleanAllowed && value.isBoolean());
            }

            private void bounds(boolean lower) {
                Bound ob = Bound.of(o, lower);
                Bound nb = Bound.of(n, lower);
                int tighter = Bound.tighter(nb, ob, lower);
                if (tighter == 0) {
                    return;
                }
                String pointer = at(nb != null ? nb.keyword() : ob.keyword());
                boolean sameValue = ob != null && nb != null && ob.value().compareTo(nb.value()) == 0;
                if (tighter > 0) {
                    String must = lower ? (nb.exclusive() ? "greater than " : "at least ")
                            : (nb.exclusive() ? "less than " : "at most ");
                    narrows(pointer, s.display() + " must now be " + must + nb.shown(),
                            words.accepted + (sameValue ? " " + nb.shown()
                                    : " values " + (lower ? "below " : "above ") + nb.shown()));
                } else if (sameValue) {
                    widens(pointer, s.display() + " may now be " + ob.shown(), words.never + " " + ob.shown());
                } else {
                    String beyond = lower ? (ob.exclusive() ? ob.shown() + " or less" : "less than " + ob.shown())
                            : (ob.exclusive() ? ob.shown() + " or more" : "more than " + ob.shown());
                    widens(pointer, s.display() + " may now be " + beyond, words.never + " values " + beyond);
                }
            }

            private void counts(String minKeyword, String maxKeyword, String one, String many) {
                BigDecimal oMin = number(o, minKeyword);
                BigDecimal nMin = number(n, minKeyword);
                if (!sameNumber(oMin, nMin)) {
                    String pointer = at(minKeyword);
                    if (nMin != null && (oMin == null || nMin.compareTo(oMin) > 0)) {
                        String unit = unit(nMin, one, many);
                        narrows(pointer, s.display() + " must now have at least " + plain(nMin) + " " + unit,
                                words.accepted + " fewer than " + plain(nMin) + " " + unit);
                    } else {
                        String unit = unit(oMin, one, many);
                        widens(pointer, s.display() + " may now have fewer than " + plain(oMin) + " " + unit,
                                words.never + " fewer than " + plain(oMin) + " " + unit);
                    }
                }
                BigDecimal oMax = number(o, maxKeyword);
                BigDecimal nMax = number(n, maxKeyword);
                if (!sameNumber(oMax, nMax)) {
                    String pointer = at(maxKeyword);
                    if (nMax != null && (oMax == null || nMax.compareTo(oMax) < 0)) {
                        String unit = unit(nMax, one, many);
                        narrows(pointer, s.display() + " must now have at most " + plain(nMax) + " " + unit,
                                words.accepted + " more than " + plain(nMax) + " " + unit);
                    } else {
                        String unit = unit(oMax, one, many);
                        widens(pointer, s.display() + " may now have more than " + plain(oMax) + " " + unit,
                                words.never + " more than " + plain(oMax) + " " + unit);
                    }
                }
            }

            private void multipleOf() {
                BigDecimal om = number(o, "multipleOf");
                BigDecimal nm = number(n, "multipleOf");
                if (sameNumber(om, nm)) {
                    return;
                }
                String pointer = at("multipleOf");
                if (om == null) {
                    narrows(pointer, s.display() + " must now be a multiple of " + plain(nm), words.accepted + " other values");
                } else if (nm == null) {
                    widens(pointer, s.display() + " need no longer be a multiple of " + plain(om),
                            words.never + " other values");
                } else {
                    add(pointer, Effect.UNKNOWN, "the multipleOf of " + s.display() + " changed from " + plain(om)
                            + " to " + plain(nm) + " and is too complex to compare safely",
                            "required multiples of " + plain(om));
                }
            }

            // ------------------------------------------------------------ strings and arrays

            /** {@code pattern} and {@code format}: added narrows, removed widens, changed is uncertain. */
            private void matching(String keyword, String must, String narrowed, String widened) {
                JsonNode a = o.get(keyword);
                JsonNode b = n.get(keyword);
                if (Objects.equals(a, b)) {
                    return;
                }
                String pointer = at(keyword);
                if (a != null && b != null || a != null && !a.isTextual() || b != null && !b.isTextual()) {
                    add(pointer, Effect.UNKNOWN, "the " + keyword + " of " + s.display() + " changed"
                            + (a != null && b != null ? " from " + shown(a) + " to " + shown(b) : "")
                            + " and is too complex to compare safely",
                            a != null && a.isTextual() ? "required the " + keyword + " " + shown(a)
                                    : "declared it differently");
                } else if (a == null) {
                    narrows(pointer, s.display() + " must now " + must + shown(b), words.accepted + " values " + narrowed);
                } else {
                    widens(pointer, s.display() + " no longer " + s.has() + " to " + must + shown(a),
                            words.never + " values " + widened);
                }
            }

            private void uniqueItems() {
                boolean a = o.path("uniqueItems").asBoolean(false);
                boolean b = n.path("uniqueItems").asBoolean(false);
                if (a == b) {
                    return;
                }
                if (b) {
                    narrows(at("uniqueItems"), s.display() + " must now hold unique items",
                            words.accepted + " repeated items");
                } else {
                    widens(at("uniqueItems"), s.display() + " may now hold repeated items",
                            words.never + " repeated items");
                }
            }

            // ------------------------------------------------------------ objects

            private void required() {
                Set<String> a = names(o.get("required"));
                Set<String> b = names(n.get("required"));
                if (Objects.equals(a, b)) {
                    return;
                }
                String pointer = at("required");
                if (a == null || b == null) {
                    uncertain(pointer, "the required of " + s.display() + " is not a list of names in one of the versions");
                    return;
                }
                List<String> added = b.stream().filter(k -> !a.contains(k)).toList();
                List<String> removed = a.stream().filter(k -> !b.contains(k)).toList();
                listed(added, k -> narrows(pointer, s.child(k, words).display() + " is now required",
                                words.accepted + " " + words.documents + " without it"),
                        more -> narrows(pointer, more + " more properties of " + s.display() + " are now required",
                                words.accepted + " " + words.documents + " without them"));
                listed(removed, k -> widens(pointer, s.child(k, words).display() + " is no longer required",
                                words.required),
                        more -> widens(pointer, more + " more properties of " + s.display() + " are no longer required",
                                words.required.replace(" it", " them")));
            }

            private void properties() {
                JsonNode po = o.path("properties");
                JsonNode pn = n.path("properties");
                boolean hasAdditional = o.has("additionalProperties") || n.has("additionalProperties");
                if (!po.isObject() && !pn.isObject() && !hasAdditional) {
                    return;
                }
                if (!po.isObject() && !po.isMissingNode() || !pn.isObject() && !pn.isMissingNode()) {
                    if (!po.equals(pn)) {
                        uncertain(at("properties"), "the properties of " + s.display()
                                + " are not an object in one of the versions");
                    }
                    return;
                }
                Loc ao = additional(o, op);
                Loc an = additional(n, np);
                boolean patterns = o.has("patternProperties") || n.has("patternProperties");
                for (Iterator<Map.Entry<String, JsonNode>> it = pn.properties().iterator(); it.hasNext() && !aborted; ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    String key = field.getKey();
                    Subject child = s.child(key, words);
                    Loc newLoc = new Loc(field.getValue(), np + "/properties/" + escape(key));
                    if (po.has(key)) {
                        Comparison.this.compare(new Loc(po.get(key), op + "/properties/" + escape(key)),
                                newLoc, child, depth + 1);
                    } else if (patterns) {
                        uncertain(newLoc.pointer(), child.display()
                                + " is a new property beside patternProperties, too complex to compare safely");
                    } else if (isFalse(ao.node())) {
                        if (!isFalse(newLoc.node())) {
                            widens(newLoc.pointer(), child.display() + " is a new property", words.never + " it");
                        }
                    } else if (isTrue(ao.node())) {
                        if (!isTrue(newLoc.node())) {
                            narrows(newLoc.pointer(), child.display() + " is a new property with constraints",
                                    words.accepted + " any value for it");
                        }
                    } else {
                        Comparison.this.compare(ao, newLoc, child, depth + 1);
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = po.properties().iterator(); it.hasNext() && !aborted; ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    String key = field.getKey();
                    if (pn.has(key)) {
                        continue;
                    }
                    Subject child = s.child(key, words);
                    Loc oldLoc = new Loc(field.getValue(), op + "/properties/" + escape(key));
                    if (patterns) {
                        uncertain(oldLoc.pointer(), child.display()
                                + " was removed beside patternProperties, too complex to compare safely");
                    } else if (isFalse(an.node())) {
                        if (!isFalse(oldLoc.node())) {
                            narrows(oldLoc.pointer(), child.display() + " is no longer allowed", words.accepted + " it");
                        }
                    } else if (isTrue(an.node())) {
                        if (!isTrue(oldLoc.node())) {
                            widens(oldLoc.pointer(), child.display() + " is no longer declared, so any value is allowed",
                                    words.accepted + " only values its declaration allowed");
                        }
                    } else {
                        Comparison.this.compare(oldLoc, an, child, depth + 1);
                    }
                }
                if (hasAdditional) {
                    Comparison.this.compare(ao, an, s.others(), depth + 1);
                }
            }

            private Loc additional(JsonNode schema, String pointer) {
                JsonNode value = schema.get("additionalProperties");
                return new Loc(value == null ? BooleanNode.TRUE : value, pointer + "/additionalProperties");
            }

            private void items() {
                if (!hasItems(o) && !hasItems(n)) {
                    return;
                }
                Items a = Items.of(o, op);
                Items b = Items.of(n, np);
                int length = Math.max(a.prefix().size(), b.prefix().size());
                for (int i = 0; i < length && !aborted; i++) {
                    Comparison.this.compare(a.at(i), b.at(i), s.item(i, words), depth + 1);
                }
                Comparison.this.compare(a.rest(), b.rest(), s.items(words), depth + 1);
            }

            private boolean hasItems(JsonNode schema) {
                return schema.has("items") || schema.has("prefixItems") || schema.has("additionalItems");
            }

            // ------------------------------------------------------------ compared for equality only

            private void complex() {
                for (String keyword : COMPLEX) {
                    JsonNode a = o.get(keyword);
                    JsonNode b = n.get(keyword);
                    if (!Objects.equals(a, b)) {
                        uncertain(at(keyword), "the " + keyword + " of " + s.display()
                                + " changed and is too complex to compare safely");
                    } else if (a != null && refsChanged(a)) {
                        uncertain(at(keyword), "the " + keyword + " of " + s.display()
                                + " refers to definitions that changed, too complex to compare safely");
                    }
                }
            }
        }

        /**
         * Whether a construct compared for equality reaches, through references inside this document, a schema that
         * differs between the versions: then the equal text means something else now.
         */
        private boolean refsChanged(JsonNode construct) {
            Deque<JsonNode> pending = new ArrayDeque<>();
            pending.push(construct);
            Set<String> seen = new HashSet<>();
            while (!pending.isEmpty()) {
                if (!spend(1)) {
                    return false;
                }
                JsonNode node = pending.pop();
                if (node.isObject()) {
                    JsonNode ref = node.get("$ref");
                    if (ref != null && ref.isTextual() && local(ref.asText()) && seen.add(ref.asText())) {
                        String text = ref.asText();
                        Boolean known = refsChecked.get(text);
                        if (Boolean.TRUE.equals(known)) {
                            return true;
                        }
                        if (known == null) {
                            Loc a = target(oldRoot, text);
                            Loc b = target(newRoot, text);
                            boolean differs = a == null || b == null || !a.node().equals(b.node());
                            refsChecked.put(text, differs);
                            if (differs) {
                                return true;
                            }
                            pending.push(a.node());
                        }
                    }
                }
                if (node.isContainerNode()) {
                    node.elements().forEachRemaining(pending::push);
                }
            }
            return false;
        }
    }

    // -------------------------------------------------------------------- reading keywords

    private static final JsonNode EMPTY = dev.readiness.core.JsonTrees.NODES.objectNode();
    private static final Set<String> INVALID = Set.of("\u0000invalid");
    private static final Map<String, JsonNode> INVALID_VALUES = Map.of("\u0000invalid", EMPTY);

    /** A key as a JSON pointer segment (RFC 6901); kept here so no validator class loads for a comparison. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static boolean isFalse(JsonNode schema) {
        return schema.isBoolean() && !schema.booleanValue();
    }

    /** Accepts everything: {@code true}, or an object with annotations only. */
    private static boolean isTrue(JsonNode schema) {
        if (schema.isBoolean()) {
            return schema.booleanValue();
        }
        if (!schema.isObject()) {
            return false;
        }
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!ANNOTATIONS.contains(key) && !key.startsWith("x-")) {
                return false;
            }
        }
        return true;
    }

    /** The types a schema allows; null for any type. */
    private static Set<String> typeSet(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return null;
        }
        Set<String> types = new LinkedHashSet<>();
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.isTextual()) {
                    return INVALID;
                }
                types.add(t.asText());
            }
        } else {
            return INVALID;
        }
        if (!TYPES.containsAll(types)) {
            return INVALID;
        }
        if (schema.path("nullable").asBoolean(false)) {
            types.add("null"); // OpenAPI 3.0's spelling of ["...", "null"]
        }
        if (types.contains("number")) {
            types.remove("integer");
        }
        return types;
    }

    /** The types of {@code types} that {@code others} does not allow. */
    private static Set<String> missing(Set<String> types, Set<String> others) {
        Set<String> missing = new LinkedHashSet<>();
        if (others == null) {
            return missing;
        }
        for (String t : types) {
            if (!others.contains(t) && !("integer".equals(t) && others.contains("number"))) {
                missing.add(t);
            }
        }
        return missing;
    }

    /** Types in words; a number beside an integer is the fractional part. */
    private static String describe(Set<String> types, Set<String> besides) {
        List<String> words = new ArrayList<>();
        for (String t : TYPES) {
            if (types.contains(t)) {
                words.add(switch (t) {
                    case "null" -> "null";
                    case "integer" -> "an integer";
                    case "array" -> "an array";
                    case "object" -> "an object";
                    case "number" -> besides != null && besides.contains("integer") ? "a fractional number" : "a number";
                    default -> "a " + t;
                });
            }
        }
        return or(words);
    }

    private static String or(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** The values {@code enum} and {@code const} allow, by their canonical text; null for any value. */
    private static Map<String, JsonNode> valueSet(JsonNode schema) {
        JsonNode constant = schema.get("const");
        JsonNode list = schema.get("enum");
        if (list != null && !list.isArray()) {
            return INVALID_VALUES;
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (list != null) {
            list.forEach(v -> values.putIfAbsent(canonical(v), v));
        }
        if (constant != null) {
            String key = canonical(constant);
            if (list == null || values.containsKey(key)) {
                return Map.of(key, constant);
            }
            return Map.of();
        }
        return list == null ? null : values;
    }

    /** 1 and 1.0 are the same JSON Schema value. */
    private static String canonical(JsonNode value) {
        if (value.isNumber()) {
            return "n:" + value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String oneOf(java.util.Collection<JsonNode> values) {
        if (values.isEmpty()) {
            return "no value at all";
        }
        if (values.size() == 1) {
            return shown(values.iterator().next());
        }
        List<String> shown = values.stream().limit(5).map(SchemaCompatibility::shown).toList();
        String more = values.size() > 5 ? " and " + (values.size() - 5) + " more" : "";
        return "one of " + String.join(", ", shown) + more;
    }

    /** A value as JSON text, cut short and made printable. */
    private static String shown(JsonNode value) {
        String text = value.toString();
        if (text.length() > MAX_SHOWN) {
            text = text.substring(0, MAX_SHOWN - 3) + "...";
        }
        return Printable.of(text);
    }

    private static Set<String> names(JsonNode list) {
        Set<String> names = new LinkedHashSet<>();
        if (list == null) {
            return names;
        }
        if (!list.isArray()) {
            return null;
        }
        for (JsonNode name : list) {
            if (!name.isTextual()) {
                return null;
            }
            names.add(name.asText());
        }
        return names;
    }

    private static <T> void listed(List<T> items, java.util.function.Consumer<T> one,
            java.util.function.IntConsumer rest) {
        for (int i = 0; i < items.size() && i < MAX_LISTED; i++) {
            one.accept(items.get(i));
        }
        if (items.size() > MAX_LISTED) {
            rest.accept(items.size() - MAX_LISTED);
        }
    }

    private static BigDecimal number(JsonNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String plain(BigDecimal value) {
        String text = value.stripTrailingZeros().toPlainString();
        return text.length() > MAX_SHOWN ? value.toString() : text;
    }

    private static String unit(BigDecimal count, String one, String many) {
        return count.compareTo(BigDecimal.ONE) == 0 ? one : many;
    }

    /** A numeric bound: {@code minimum}/{@code exclusiveMinimum} (both forms) or their maximum counterparts. */
    private record Bound(BigDecimal value, boolean exclusive, String keyword) {

        static Bound of(JsonNode schema, boolean lower) {
            String inclusiveKeyword = lower ? "minimum" : "maximum";
            String exclusiveKeyword = lower ? "exclusiveMinimum" : "exclusiveMaximum";
            JsonNode inclusive = schema.get(inclusiveKeyword);
            JsonNode exclusive = schema.get(exclusiveKeyword);
            Bound a = inclusive != null && inclusive.isNumber()
                    // draft-04: "exclusiveMinimum": true makes the minimum exclusive
                    ? new Bound(inclusive.decimalValue(), exclusive != null && exclusive.asBoolean(false)
                            && exclusive.isBoolean(), inclusiveKeyword)
                    : null;
            Bound b = exclusive != null && exclusive.isNumber()
                    ? new Bound(exclusive.decimalValue(), true, exclusiveKeyword)
                    : null;
            return tighter(a, b, lower) >= 0 ? a : b;
        }

        /** Positive when {@code a} allows less than {@code b}, negative when more, 0 when the same; null is none. */
        static int tighter(Bound a, Bound b, boolean lower) {
            if (a == null || b == null) {
                return a == b ? 0 : a == null ? -1 : 1;
            }
            int byValue = a.value.compareTo(b.value);
            if (byValue != 0) {
                return lower ? byValue : -byValue;
            }
            return Boolean.compare(a.exclusive, b.exclusive);
        }

        String shown() {
            return plain(value);
        }
    }

    /** {@code prefixItems} and {@code items} (2020-12), or {@code items} as a list and {@code additionalItems}. */
    private record Items(List<Loc> prefix, Loc rest) {

        static Items of(JsonNode schema, String pointer) {
            List<Loc> prefix = new ArrayList<>();
            JsonNode prefixItems = schema.get("prefixItems");
            JsonNode items = schema.get("items");
            if (prefixItems != null && prefixItems.isArray()) {
                collect(prefix, prefixItems, pointer + "/prefixItems");
                return new Items(prefix, rest(items, pointer + "/items"));
            }
            if (items != null && items.isArray()) {
                collect(prefix, items, pointer + "/items");
                return new Items(prefix, rest(schema.get("additionalItems"), pointer + "/additionalItems"));
            }
            return new Items(prefix, rest(items, pointer + "/items"));
        }

        private static void collect(List<Loc> into, JsonNode list, String pointer) {
            for (int i = 0; i < list.size(); i++) {
                into.add(new Loc(list.get(i), pointer + "/" + i));
            }
        }

        private static Loc rest(JsonNode schema, String pointer) {
            return new Loc(schema == null ? BooleanNode.TRUE : schema, pointer);
        }

        Loc at(int index) {
            return index < prefix.size() ? prefix.get(index) : rest;
        }
    }
}
