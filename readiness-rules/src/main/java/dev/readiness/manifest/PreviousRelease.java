package dev.readiness.manifest;

/**
 * The release a module's current version follows, as its repositories know it: the newest version of the same
 * groupId and artifactId that is below the current one and not a SNAPSHOT, with the handoff manifest it was released
 * with. A repository that cannot be asked is missing evidence, not "no release".
 */
public sealed interface PreviousRelease {

    /** The previous release and its manifest. */
    record Released(String version, Manifest manifest) implements PreviousRelease {
    }

    /** Nothing to compare with: no earlier release, or one released without a manifest; the reason says which. */
    record None(String reason) implements PreviousRelease {
    }

    static PreviousRelease of(String version, Manifest manifest) {
        return new Released(version, manifest);
    }

    static PreviousRelease none(String reason) {
        return new None(reason);
    }
}
