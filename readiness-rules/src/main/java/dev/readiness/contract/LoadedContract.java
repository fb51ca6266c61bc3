package dev.readiness.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /** Where a merged value is declared, with its line. */
    public Location locate(String pointer) {
        return origin(pointer).locate(pointer);
    }

    /** Builds a pointer from keys, escaping each: {@code pointer("rules", "coverage.core", "line")}. */
    public static String pointer(String... keys) {
        return JsonLocations.pointer(keys);
    }
}
