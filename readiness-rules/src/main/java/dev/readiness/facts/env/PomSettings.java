package dev.readiness.facts.env;

import dev.readiness.core.Location;
import java.util.Optional;

/**
 * What the POM hierarchy (the effective model, parents and active profiles included) says about the environment the
 * artifact is built for and with.
 *
 * @param release the bytecode level: the compiler plugin's {@code <release>}, else {@code maven.compiler.release};
 *     empty when neither is set
 * @param target {@code maven.compiler.target} or the compiler plugin's {@code <target>}; empty when neither is set
 * @param outputTimestamp the {@code project.build.outputTimestamp} property; empty when it is not set
 * @param jib the jib-maven-plugin's configuration, when the POM configures that plugin
 * @param pom the module's POM, where a missing setting belongs
 */
public record PomSettings(Optional<Setting> release, Optional<Setting> target, Optional<Setting> outputTimestamp,
        Optional<Jib> jib, Location pom) {

    public static final String RELEASE_PROPERTY = "maven.compiler.release";
    public static final String OUTPUT_TIMESTAMP = "project.build.outputTimestamp";
    public static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";
    public static final String JIB_PLUGIN = "com.google.cloud.tools:jib-maven-plugin";

    /**
     * A value as the effective model has it.
     *
     * @param name what sets it, as a user would look for it: {@code maven.compiler.release}, or
     *     {@code maven-compiler-plugin <release>}
     * @param subject the property, or the plugin's groupId:artifactId, for waivers
     * @param value the value, properties interpolated
     * @param location where it is declared
     */
    public record Setting(String name, String subject, String value, Location location) {
    }

    /**
     * The jib-maven-plugin as configured.
     *
     * @param fromImage its {@code <from><image>} (or the {@code jib.from.image} property); empty when Jib picks its
     *     default base image
     * @param plugin where the plugin is declared
     */
    public record Jib(Optional<Setting> fromImage, Location plugin) {
    }
}
