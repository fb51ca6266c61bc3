package dev.readiness.rules.environment;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.DisplayPaths;
import dev.readiness.core.Location;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.facts.env.ContainerFile;
import dev.readiness.facts.env.ImageReference;
import dev.readiness.facts.env.PomSettings;
import dev.readiness.facts.env.PomSettings.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code environment.java}: the bytecode level is pinned in the POM, and it is no newer than the Java the product runs
 * on. Class files of release N run on Java N and later only: bytecode 21 on a Java 17 runtime fails at start with
 * {@code UnsupportedClassVersionError}, so the release must be at most the runtime's version.
 */
public final class Java implements Rule {

    /** The oldest and the newest numbers taken for a Java major version. */
    private static final int OLDEST = 6;
    private static final int NEWEST = 99;

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("environment.java")
            .summary("The bytecode level is pinned (maven.compiler.release) and at most the runtime's Java version")
            .because("Pinned environment: without a release the bytecode and the JDK API depend on whichever JDK "
                    + "builds the jar, and bytecode newer than the runtime's Java does not start there.")
            .help("Set <maven.compiler.release>17</maven.compiler.release> in the POM's <properties> (or <release> in "
                    + "the maven-compiler-plugin's configuration), at most the Java of operations.runtime.java and "
                    + "of the container's base image.")
            .sinceContract(2)
            .build();

    /** A Java version that code may run on, and who says so. */
    private record Runtime(int major, String source, Optional<Location> location) {
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        PomSettings settings = context.require(context.facts().pomSettings());
        ProjectInfo project = context.facts().project();
        List<Finding> findings = new ArrayList<>();
        List<Runtime> runtimes = runtimes(context, findings);
        if (settings.release().isEmpty()) {
            findings.add(unpinned(settings, project));
            return Outcome.violated(findings);
        }
        Setting release = settings.release().get();
        OptionalInt level = release.value().trim().startsWith("1.") ? OptionalInt.empty() : major(release.value());
        if (level.isEmpty()) {
            findings.add(Finding.of(release.name() + " is \"" + release.value() + "\", not a Java major version")
                    .at(release.location())
                    .subject(release.subject())
                    .hint("write a major version such as 17 or 21 (release 8 and later; 1.8 is written 8)"));
            return Outcome.violated(findings);
        }
        for (Runtime runtime : runtimes) {
            if (level.getAsInt() > runtime.major()) {
                findings.add(Finding.of("bytecode release " + level.getAsInt() + " (" + release.name() + ", "
                                + display(release.location(), project) + ") is newer than the Java " + runtime.major()
                                + " runtime of " + runtime.source() + ": classes compiled for Java " + level.getAsInt()
                                + " do not run on Java " + runtime.major() + " (UnsupportedClassVersionError); the release "
                                + "must be at most the runtime's version")
                        .at(release.location())
                        .subject(release.subject())
                        .hint("lower " + release.name() + " to " + runtime.major() + ", or run the product on Java "
                                + level.getAsInt() + " or newer (raise " + runtime.source() + ")"));
            }
        }
        List<String> named = new ArrayList<>();
        for (Runtime runtime : runtimes) {
            named.add(runtime.source() + " (" + runtime.major() + ")");
        }
        String against = runtimes.isEmpty() ? "no runtime Java named (operations.runtime.java or a container base image)"
                : "at most the runtime Java of " + String.join(", ", named);
        return Outcome.of(findings, "bytecode release " + level.getAsInt() + " set by " + release.name() + " ("
                + display(release.location(), project) + "), " + against);
    }

    private static Finding unpinned(PomSettings settings, ProjectInfo project) {
        String message = "the bytecode level is not pinned: neither " + PomSettings.RELEASE_PROPERTY
                + " nor the maven-compiler-plugin's <release> is set in the POM hierarchy, so the maven-compiler-plugin's "
                + "default and the JDK that runs the build decide it";
        if (settings.target().isPresent()) {
            Setting target = settings.target().get();
            message = "the bytecode level is pinned by " + target.name() + " " + target.value() + " ("
                    + display(target.location(), project) + ") only, not by a release: javac still compiles against "
                    + "the class library of the JDK that runs the build, so a call to a newer API compiles and fails "
                    + "at run time";
        }
        String example = settings.target().flatMap(t -> Optional.of(major(t.value())).filter(OptionalInt::isPresent))
                .map(m -> Integer.toString(m.getAsInt())).orElse("17");
        return Finding.of(message)
                .at(settings.target().map(Setting::location).orElse(settings.pom()))
                .subject(PomSettings.RELEASE_PROPERTY)
                .hint("add <" + PomSettings.RELEASE_PROPERTY + ">" + example + "</" + PomSettings.RELEASE_PROPERTY
                        + "> to <properties> in " + settings.pom().file().getFileName() + " or a parent POM"
                        + (settings.target().isPresent() ? " (it replaces source and target)" : ""));
    }

    /** The runtimes the contract and the container images name; an unusable operations.runtime.java is a finding. */
    private static List<Runtime> runtimes(RuleContext context, List<Finding> findings) {
        List<Runtime> runtimes = new ArrayList<>();
        OptionalInt declared = context.contract().contract().operations().runtime().java();
        if (declared.isPresent()) {
            Location at = context.contract().locate(LoadedContract.pointer("operations", "runtime", "java"));
            if (declared.getAsInt() < OLDEST || declared.getAsInt() > NEWEST) {
                findings.add(Finding.of("operations.runtime.java is " + declared.getAsInt() + ", not a Java major version")
                        .at(at)
                        .subject("operations.runtime.java")
                        .hint("write the major version the product runs on, such as 17 or 21"));
            } else {
                runtimes.add(new Runtime(declared.getAsInt(), "operations.runtime.java", Optional.of(at)));
            }
        }
        ProjectInfo project = context.facts().project();
        for (ContainerFile file : context.require(context.facts().containerFiles())) {
            Optional<ContainerFile.BaseImage> base = file.runtimeImage();
            if (base.isEmpty()) {
                continue;
            }
            ContainerFile.BaseImage image = base.get();
            OptionalInt major = image.image().javaMajor();
            if (major.isPresent()) {
                runtimes.add(new Runtime(major.getAsInt(), "the base image " + image.image() + " ("
                        + display(image.location(), project) + ")", Optional.of(image.location())));
            }
        }
        PomSettings settings = context.require(context.facts().pomSettings());
        Optional<Setting> from = settings.jib().isPresent() ? settings.jib().get().fromImage() : Optional.empty();
        if (from.isPresent()) {
            ImageReference image = ImageReference.parse(Container.withoutScheme(from.get().value()));
            OptionalInt major = image.javaMajor();
            if (major.isPresent()) {
                runtimes.add(new Runtime(major.getAsInt(), "Jib's base image " + image + " ("
                        + display(from.get().location(), project) + ")", Optional.of(from.get().location())));
            }
        }
        return runtimes;
    }

    static OptionalInt major(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("1.") && trimmed.length() > 2) {
            trimmed = trimmed.substring(2);
        }
        if (!trimmed.matches("\\d{1,2}")) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(trimmed);
        return value >= OLDEST && value <= NEWEST ? OptionalInt.of(value) : OptionalInt.empty();
    }

    static String display(Location location, ProjectInfo project) {
        String file = DisplayPaths.display(location.file(), project.baseDir(), project.repositoryRoot());
        return location.hasLine() ? file + ":" + location.line() : file;
    }
}
