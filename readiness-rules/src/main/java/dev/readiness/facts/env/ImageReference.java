package dev.readiness.facts.env;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image reference, {@code [registry/]name[:tag][@digest]}, split as Docker reads it.
 *
 * @param name the repository, registry included ({@code eclipse-temurin}, {@code gcr.io/distroless/java21})
 * @param tag the tag, empty when none is written (Docker then pulls {@code latest})
 * @param digest the digest after {@code @}, empty when none is written
 */
public record ImageReference(String name, String tag, String digest) {

    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");
    /** Image names that carry a Java runtime, whose tag then starts with its major version ({@code 21-jre}). */
    private static final Pattern JAVA_IMAGE = Pattern.compile(
            ".*(jdk|jre|java|temurin|corretto|zulu|semeru|liberica|sapmachine|graalvm|dragonwell).*");
    private static final Pattern LEADING_MAJOR = Pattern.compile("^(?:jdk|jre|java)?-?(\\d{1,2})(?![0-9])");
    private static final Pattern LEGACY_MAJOR = Pattern.compile("^1\\.(\\d)(?![0-9])");
    /** A Java runtime named inside a tag or a name: {@code maven:3.9-eclipse-temurin-21}, {@code distroless/java17-debian12}. */
    private static final Pattern NAMED_MAJOR = Pattern.compile(
            "(?:jdk|jre|java|temurin|corretto|openjdk|zulu|semeru|liberica|sapmachine|graalvm)-?(\\d{1,2})(?![0-9])");

    public static ImageReference parse(String text) {
        String rest = text.trim();
        String digest = "";
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = "";
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return new ImageReference(rest, tag, digest);
    }

    /** Whether a digest fixes the image: the same bytes at every pull, whatever the tag says. */
    public boolean pinnedByDigest() {
        return SHA256.matcher(digest).matches();
    }

    /** The tag Docker pulls: the written one, or {@code latest}. */
    public String effectiveTag() {
        return tag.isEmpty() ? "latest" : tag;
    }

    /**
     * The Java major version the image's name or tag states ({@code eclipse-temurin:21-jre} is 21,
     * {@code gcr.io/distroless/java17-debian12} is 17); empty when it states none.
     */
    public OptionalInt javaMajor() {
        String lowerName = name.toLowerCase(Locale.ROOT);
        String lowerTag = tag.toLowerCase(Locale.ROOT);
        String lastSegment = lowerName.substring(lowerName.lastIndexOf('/') + 1);
        Matcher inName = NAMED_MAJOR.matcher(lastSegment);
        if (inName.find()) {
            return major(inName.group(1));
        }
        if (JAVA_IMAGE.matcher(lowerName).matches()) {
            Matcher legacy = LEGACY_MAJOR.matcher(lowerTag);
            if (legacy.find()) {
                return major(legacy.group(1));
            }
            Matcher leading = LEADING_MAJOR.matcher(lowerTag);
            if (leading.find()) {
                return major(leading.group(1));
            }
        }
        Matcher inTag = NAMED_MAJOR.matcher(lowerTag);
        return inTag.find() ? major(inTag.group(1)) : OptionalInt.empty();
    }

    private static OptionalInt major(String digits) {
        int value = Integer.parseInt(digits);
        return value >= 5 ? OptionalInt.of(value) : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return name + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
    }
}
