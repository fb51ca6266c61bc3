package dev.readiness.maven;

import dev.readiness.contract.ContractSource;
import dev.readiness.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds a module's contract: the configured one, or the nearest {@code readiness.json} up to the reactor root. */
final class ContractLookup {

    static final String FILE_NAME = "readiness.json";

    private ContractLookup() {
    }

    static ContractSource find(String configured, Path baseDir, Path reactorRoot) {
        if (configured != null && !configured.isBlank()) {
            return ContractSource.parse(configured, baseDir);
        }
        List<Path> searched = new ArrayList<>();
        Optional<Path> found = search(baseDir, reactorRoot, searched);
        if (found.isPresent()) {
            return ContractSource.file(found.get());
        }
        throw new InvalidInputException(
                "no readiness.json found; looked in " + String.join(", ", searched.stream().map(Path::toString).toList()),
                "run mvn readiness:init to write a starter contract, or set readiness.contract to its path");
    }

    /** The nearest {@code readiness.json} from the module's directory up to the reactor root. */
    static Optional<Path> nearest(Path baseDir, Path reactorRoot) {
        return search(baseDir, reactorRoot, new ArrayList<>());
    }

    private static Optional<Path> search(Path baseDir, Path reactorRoot, List<Path> searched) {
        for (Path dir = baseDir; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            searched.add(dir);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (dir.equals(reactorRoot) || !dir.startsWith(reactorRoot)) {
                break;
            }
        }
        return Optional.empty();
    }

    static Optional<ContractSource> policy(String configured, Path baseDir) {
        return configured == null || configured.isBlank() ? Optional.empty()
                : Optional.of(ContractSource.parse(configured, baseDir));
    }
}
