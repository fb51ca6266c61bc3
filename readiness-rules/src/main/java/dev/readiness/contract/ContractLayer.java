package dev.readiness.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.JsonLocations;
import dev.readiness.core.Location;

/**
 * One contract file of an {@code extends} chain, as written.
 *
 * @param source where it was read from
 * @param sha256 the hex SHA-256 of its bytes
 * @param tree its JSON, comments dropped
 * @param locations where each key is in it
 * @param contract its typed content, alone (before merging)
 */
public record ContractLayer(ContractSource source, String sha256, ObjectNode tree, JsonLocations locations, Contract contract) {

    /** Where a JSON Pointer of this file is, with line and column when known. */
    public Location locate(String pointer) {
        return new Location(source.displayPath(), locations.line(pointer), locations.column(pointer));
    }

    public boolean declares(String pointer) {
        return !tree.at(pointer).isMissingNode();
    }
}
