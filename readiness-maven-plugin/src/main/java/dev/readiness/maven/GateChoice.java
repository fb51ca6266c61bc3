package dev.readiness.maven;

import dev.readiness.core.Gate;
import dev.readiness.core.InvalidInputException;

/** The gate a build is held to, and why. */
record GateChoice(Gate gate, String reason) {

    /**
     * @param requested the {@code readiness.gate} parameter, or null
     * @param version the project's version: a release version selects the release gate
     */
    static GateChoice choose(String requested, String version) {
        if (requested != null && !requested.isBlank()) {
            Gate gate = Gate.parse(requested.trim()).orElseThrow(() -> new InvalidInputException(
                    "unknown gate \"" + requested + "\"",
                    "set readiness.gate to one of: " + Gate.validKeys()));
            return new GateChoice(gate, "readiness.gate=" + gate.key());
        }
        if (!version.endsWith("-SNAPSHOT")) {
            return new GateChoice(Gate.RELEASE, "the project version " + version + " is a release version");
        }
        return new GateChoice(Gate.DEFAULT, "the project version " + version + " is a SNAPSHOT");
    }
}
