package dev.readiness.maven;

import dev.readiness.contract.ContractSource;
import dev.readiness.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
            ContractSource source = ContractSource.parse(configured, baseDir);
            source.file().ifPresent(file -> requireRegularFile(file, "readiness.contract"));
            return source;
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
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                requireRegularFile(candidate, "the contract");
                return Optional.of(candidate);
            }
            if (dir.equals(reactorRoot) || !dir.startsWith(reactorRoot)) {
                break;
            }
        }
        return Optional.empty();
    }

    static Optional<ContractSource> policy(String configured, Path baseDir) {
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        ContractSource source = ContractSource.parse(configured, baseDir);
        source.file().ifPresent(file -> requireRegularFile(file, "readiness.policy"));
        return Optional.of(source);
    }

    /**
     * A contract is read from a regular file only: a named pipe would block the build until something writes to it,
     * a device never ends, and a link loop or a directory is a mistake to name, not a missing file.
     */
    private static void requireRegularFile(Path file, String what) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(file)) {
            return;
        }
        String kind;
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            kind = "a symbolic link that leads nowhere or loops back on itself";
        } else if (Files.isDirectory(file)) {
            kind = "a directory";
        } else {
            kind = "not a regular file (a named pipe, socket or device)";
        }
        throw new InvalidInputException(what + " " + file + " is " + kind,
                "make " + file.getFileName() + " a regular JSON file, or point readiness.contract at one");
    }
}
