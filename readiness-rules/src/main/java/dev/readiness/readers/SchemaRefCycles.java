package dev.readiness.readers;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds {@code $ref} cycles that a validator would follow forever: {@code #/$defs/a} refers to {@code #/$defs/b},
 * which refers back to {@code a}, with no step into the value between them. Such a step ({@code properties},
 * {@code items}, ...) makes recursion legitimate, as in a tree of nodes; only the keywords that apply a schema to the
 * same value ({@code $ref}, {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, {@code if}/{@code then}/
 * {@code else}, {@code dependentSchemas}) are followed, into other schema files of the repository too. The walk keeps
 * its own stack, so a long chain of references cannot overflow the thread's.
 */
final class SchemaRefCycles {

    /** A schema: the file that holds it and its JSON pointer there. */
    record Node(Path file, String pointer) {
    }

    private static final List<String> IN_PLACE_LISTS = List.of("allOf", "anyOf", "oneOf");
    private static final List<String> IN_PLACE_SCHEMAS = List.of("not", "if", "then", "else");

    private final Path rootFile;
    private final JsonNode root;
    private final Function<Path, Optional<JsonNode>> documents;
    private final Map<Path, Optional<JsonNode>> loaded = new HashMap<>();

    private SchemaRefCycles(Path rootFile, JsonNode root, Function<Path, Optional<JsonNode>> documents) {
        this.rootFile = rootFile;
        this.root = root;
        this.documents = documents;
    }

    /**
     * Each cycle found, as the schemas on it, the first repeated at the end.
     *
     * @param documents reads another schema file a {@code $ref} names, empty when it is not one to follow
     */
    static List<List<Node>> find(Path file, JsonNode root, Function<Path, Optional<JsonNode>> documents) {
        return new SchemaRefCycles(file.toAbsolutePath().normalize(), root, documents).find();
    }

    private List<List<Node>> find() {
        List<List<Node>> cycles = new ArrayList<>();
        List<Node> starts = new ArrayList<>();
        collectRefs(starts);
        Map<Node, Integer> state = new HashMap<>(); // 1: on the current path, 2: done
        for (Node start : starts) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<Frame> path = new ArrayDeque<>();
            path.push(new Frame(start, successors(start)));
            state.put(start, 1);
            while (!path.isEmpty()) {
                Frame top = path.peek();
                if (top.next == top.successors.size()) {
                    state.put(top.node, 2);
                    path.pop();
                    continue;
                }
                Node next = top.successors.get(top.next++);
                Integer seen = state.get(next);
                if (seen == null) {
                    state.put(next, 1);
                    path.push(new Frame(next, successors(next)));
                } else if (seen == 1) {
                    List<Node> cycle = new ArrayList<>();
                    boolean on = false;
                    for (Iterator<Frame> it = path.descendingIterator(); it.hasNext(); ) {
                        Node node = it.next().node;
                        on |= node.equals(next);
                        if (on) {
                            cycle.add(node);
                        }
                    }
                    cycle.add(next);
                    cycles.add(cycle);
                }
            }
        }
        return cycles;
    }

    private static final class Frame {
        final Node node;
        final List<Node> successors;
        int next;

        Frame(Node node, List<Node> successors) {
            this.node = node;
            this.successors = successors;
        }
    }

    private Optional<JsonNode> document(Path file) {
        if (file.equals(rootFile)) {
            return Optional.of(root);
        }
        return loaded.computeIfAbsent(file, documents);
    }

    /** The schemas that apply to the same value as this one. */
    private List<Node> successors(Node schema) {
        List<Node> next = new ArrayList<>();
        Optional<JsonNode> document = document(schema.file());
        JsonNode node = document.isPresent() ? document.get().at(schema.pointer()) : null;
        if (node == null || !node.isObject()) {
            return next;
        }
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual()) {
            Optional<Node> target = target(schema.file(), ref.asText());
            if (target.isPresent()) {
                next.add(target.get());
            }
        }
        for (String keyword : IN_PLACE_LISTS) {
            JsonNode list = node.get(keyword);
            if (list != null && list.isArray()) {
                for (int i = 0; i < list.size(); i++) {
                    next.add(new Node(schema.file(), schema.pointer() + "/" + keyword + "/" + i));
                }
            }
        }
        for (String keyword : IN_PLACE_SCHEMAS) {
            if (node.path(keyword).isObject()) {
                next.add(new Node(schema.file(), schema.pointer() + "/" + keyword));
            }
        }
        JsonNode dependent = node.get("dependentSchemas");
        if (dependent != null && dependent.isObject()) {
            for (Iterator<String> keys = dependent.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                next.add(new Node(schema.file(), schema.pointer() + "/dependentSchemas/" + JsonSchemas.escape(key)));
            }
        }
        return next;
    }

    /** The schema a {@code $ref} names, in this file or another schema file, if it names one that exists. */
    private Optional<Node> target(Path from, String ref) {
        Path file;
        String fragment;
        try {
            URI target = from.toUri().resolve(new URI(ref));
            if (!"file".equals(target.getScheme())) {
                return Optional.empty();
            }
            file = Path.of(new URI(target.getScheme(), target.getSchemeSpecificPart(), null)).toAbsolutePath().normalize();
            fragment = target.getFragment() == null ? "" : target.getFragment();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            return Optional.empty(); // an anchor, not a pointer
        }
        Optional<JsonNode> document = document(file);
        try {
            return document.isPresent() && !document.get().at(fragment).isMissingNode()
                    ? Optional.of(new Node(file, fragment)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The schemas of the root document that hold a {@code $ref}: every cycle through this document passes one. */
    private void collectRefs(List<Node> into) {
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", root));
        List<String> pointers = new ArrayList<>();
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> entry = pending.pop();
            JsonNode node = entry.getValue();
            if (node.isObject()) {
                if (node.path("$ref").isTextual()) {
                    pointers.add(entry.getKey());
                }
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    pending.push(Map.entry(entry.getKey() + "/" + JsonSchemas.escape(f.getKey()), f.getValue()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(entry.getKey() + "/" + i, node.get(i)));
                }
            }
        }
        pointers.sort(null);
        for (String pointer : pointers) {
            into.add(new Node(rootFile, pointer));
        }
    }
}
