package dev.readiness.rules.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds {@code $ref} cycles in one schema document that a validator would follow forever: {@code #/$defs/a} refers to
 * {@code #/$defs/b}, which refers back to {@code a}, with no step into the value between them. Such a step
 * ({@code properties}, {@code items}, ...) makes recursion legitimate, as in a tree of nodes; only the keywords that
 * apply a schema to the same value ({@code $ref}, {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not},
 * {@code if}/{@code then}/{@code else}, {@code dependentSchemas}) are followed. References to other documents are not.
 * The walk keeps its own stack, so a long chain of references cannot overflow the thread's.
 */
final class SchemaRefCycles {

    private static final List<String> IN_PLACE_LISTS = List.of("allOf", "anyOf", "oneOf");
    private static final List<String> IN_PLACE_SCHEMAS = List.of("not", "if", "then", "else");

    private SchemaRefCycles() {
    }

    /** Each cycle found, as the JSON pointers of the schemas on it, the first repeated at the end. */
    static List<List<String>> find(JsonNode root) {
        List<List<String>> cycles = new ArrayList<>();
        // The schemas that hold a $ref are where a cycle can start; every cycle passes through one.
        List<String> starts = new ArrayList<>();
        collectRefs(root, starts);
        Map<String, Integer> state = new HashMap<>(); // 1: on the current path, 2: done
        for (String start : starts) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<Frame> path = new ArrayDeque<>();
            path.push(new Frame(start, successors(root, start)));
            state.put(start, 1);
            while (!path.isEmpty()) {
                Frame top = path.peek();
                if (top.next == top.successors.size()) {
                    state.put(top.pointer, 2);
                    path.pop();
                    continue;
                }
                String next = top.successors.get(top.next++);
                Integer seen = state.get(next);
                if (seen == null) {
                    state.put(next, 1);
                    path.push(new Frame(next, successors(root, next)));
                } else if (seen == 1) {
                    List<String> cycle = new ArrayList<>();
                    boolean on = false;
                    for (java.util.Iterator<Frame> it = path.descendingIterator(); it.hasNext(); ) {
                        String pointer = it.next().pointer;
                        on |= pointer.equals(next);
                        if (on) {
                            cycle.add(pointer);
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
        final String pointer;
        final List<String> successors;
        int next;

        Frame(String pointer, List<String> successors) {
            this.pointer = pointer;
            this.successors = successors;
        }
    }

    /** The schemas that apply to the same value as the one at {@code pointer}. */
    private static List<String> successors(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        List<String> next = new ArrayList<>();
        if (!node.isObject()) {
            return next;
        }
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual()) {
            target(root, ref.asText()).ifPresent(next::add);
        }
        for (String keyword : IN_PLACE_LISTS) {
            JsonNode list = node.get(keyword);
            if (list != null && list.isArray()) {
                for (int i = 0; i < list.size(); i++) {
                    next.add(pointer + "/" + keyword + "/" + i);
                }
            }
        }
        for (String keyword : IN_PLACE_SCHEMAS) {
            if (node.path(keyword).isObject()) {
                next.add(pointer + "/" + keyword);
            }
        }
        JsonNode dependent = node.get("dependentSchemas");
        if (dependent != null && dependent.isObject()) {
            dependent.fieldNames().forEachRemaining(k -> next.add(pointer + "/dependentSchemas/" + SchemaFiles.escape(k)));
        }
        return next;
    }

    /** The pointer a same-document {@code $ref} ({@code #}, {@code #/$defs/a}) names, if it names one that exists. */
    private static java.util.Optional<String> target(JsonNode root, String ref) {
        if (!ref.startsWith("#")) {
            return java.util.Optional.empty();
        }
        String fragment;
        try {
            URI uri = new URI(ref);
            fragment = uri.getFragment() == null ? "" : uri.getFragment();
        } catch (java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            return java.util.Optional.empty(); // an anchor, not a pointer
        }
        try {
            return root.at(fragment).isMissingNode() ? java.util.Optional.empty() : java.util.Optional.of(fragment);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static void collectRefs(JsonNode root, List<String> into) {
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", root));
        IdentityHashMap<JsonNode, Boolean> visited = new IdentityHashMap<>();
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> entry = pending.pop();
            JsonNode node = entry.getValue();
            if (visited.put(node, Boolean.TRUE) != null) {
                continue;
            }
            if (node.isObject()) {
                if (node.path("$ref").isTextual()) {
                    into.add(entry.getKey());
                }
                node.fields().forEachRemaining(f -> pending.push(
                        Map.entry(entry.getKey() + "/" + SchemaFiles.escape(f.getKey()), f.getValue())));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(entry.getKey() + "/" + i, node.get(i)));
                }
            }
        }
        into.sort(null);
    }
}
