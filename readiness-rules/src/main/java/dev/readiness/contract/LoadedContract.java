package dev.readiness.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.JsonLocations;
import dev.readiness.core.Location;
import java.util.List;

/**
 * A contract with everything it extends merged in.
 *
 * @param chain the project's contract first, then each contract it extends, the organisation policy last
 * @param tree the merged JSON
 * @param contract the merged, typed contract
 */
public record LoadedContract(List<ContractLayer> chain, ObjectNode tree, Contract contract) {

    public LoadedContract {
        chain = List.copyOf(chain);
    }

    public ContractLayer top() {
        return chain.get(0);
    }

    /** The layer that decides a merged value: the first in the chain that declares it. */
    public ContractLayer origin(String pointer) {
        for (ContractLayer layer : chain) {
            if (layer.declares(pointer)) {
                return layer;
            }
        }
        return top();
    }

    /** What the contract at {@code index} of the chain extends: every contract below it, merged. */
    public ObjectNode extendedBy(int index) {
        ObjectNode merged = dev.readiness.core.JsonTrees.NODES.objectNode();
        for (int i = chain.size() - 1; i > index; i--) {
            ContractLoader.merge(merged, chain.get(i).tree());
        }
        merged.remove("extends");
        return merged;
    }

    /** The contract at {@code index} merged over what it extends: what that contract asks for. */
    public ObjectNode asDeclaredBy(int index) {
        ObjectNode merged = extendedBy(index);
        ContractLoader.merge(merged, chain.get(index).tree());
        merged.remove("extends");
        return merged;
    }

    /** The nearest contract below {@code index} that declares a pointer, which is where a value it extends comes from. */
    public java.util.Optional<ContractLayer> declaredBelow(int index, String pointer) {
        for (int i = index + 1; i < chain.size(); i++) {
            if (chain.get(i).declares(pointer)) {
                return java.util.Optional.of(chain.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Where a merged value is declared, with its line. A value no contract declares (an option left at its default) is
     * placed on its nearest declared parent, in the contract that declares that parent: the rule's entry, not the
     * {@code "rules"} line, and in the policy when only the policy names the rule.
     */
    public Location locate(String pointer) {
        for (String declared = pointer; ; declared = declared.substring(0, declared.lastIndexOf('/'))) {
            for (ContractLayer layer : chain) {
                if (layer.declares(declared)) {
                    return layer.locate(pointer);
                }
            }
            if (declared.isEmpty()) {
                return top().locate(pointer);
            }
        }
    }

    /** Builds a pointer from keys, escaping each: {@code pointer("rules", "coverage.core", "line")}. */
    public static String pointer(String... keys) {
        return JsonLocations.pointer(keys);
    }
}
