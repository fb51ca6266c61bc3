package dev.readiness.facts;

import dev.readiness.core.Location;
import java.util.Map;
import java.util.Optional;

/**
 * The descriptive elements the POM hierarchy declares ({@code name}, {@code description}, {@code url},
 * {@code licenses}, {@code scm}, {@code developers}, ...), each with where it is declared. Inherited values count:
 * an element declared only in a parent is present, located in the parent's file.
 *
 * @param declared element name to where it is declared
 * @param pomLocation the module's own POM, where a missing element belongs
 */
public record PomMetadata(Map<String, Location> declared, Location pomLocation) {

    public PomMetadata {
        declared = Map.copyOf(declared);
    }

    public Optional<Location> where(String element) {
        return Optional.ofNullable(declared.get(element));
    }
}
