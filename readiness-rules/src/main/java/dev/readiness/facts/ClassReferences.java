package dev.readiness.facts;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The classes that the module's compiled main classes refer to, read from the constant pools of the class files in the
 * build output ({@code readers.ClassFiles}).
 *
 * @param outputDirectory the build output that was read
 * @param referencedBy each referenced class outside the module ({@code org/junit/jupiter/api/Test}, internal form) and
 *     the first module class, in file order, that refers to it ({@code com.acme.testing.Fixtures})
 */
public record ClassReferences(Path outputDirectory, Map<String, String> referencedBy) {

    public ClassReferences {
        referencedBy = Map.copyOf(referencedBy);
    }

    /** A reference from a module class to a class outside the module. */
    public record Reference(String fromClass, String toClass) {
    }

    /**
     * The first reference (by referenced class name) into one of these packages ({@code org/junit/jupiter/api}, internal
     * form, exact packages, not their sub-packages); empty when the main classes use none of them.
     */
    public Optional<Reference> into(Set<String> packages) {
        return referencedBy.entrySet().stream()
                .filter(e -> packages.contains(packageOf(e.getKey())))
                .min(Map.Entry.comparingByKey())
                .map(e -> new Reference(e.getValue(), e.getKey().replace('/', '.')));
    }

    /** The package of a class in internal form ({@code org/junit/Test} to {@code org/junit}). */
    public static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }
}
