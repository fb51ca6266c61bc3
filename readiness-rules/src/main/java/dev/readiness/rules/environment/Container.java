package dev.readiness.rules.environment;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.DisplayPaths;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.facts.env.ContainerFile;
import dev.readiness.facts.env.ContainerFile.BaseImage;
import dev.readiness.facts.env.ImageReference;
import dev.readiness.facts.env.PomSettings;
import dev.readiness.facts.env.PomSettings.Setting;
import dev.readiness.rules.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code environment.container}: every base image is pinned by digest. A tag ({@code 21-jre}, {@code latest}) is a
 * name the publisher moves to a new image at each rebuild, so the same Dockerfile builds a different image next week.
 *
 * <p>Choices: a {@code FROM} that names an earlier stage ({@code FROM build}), {@code FROM scratch} and a stage index in
 * {@code COPY --from=0} are not images and pass; {@code COPY --from=image} is checked like a {@code FROM}. An image
 * given through an {@code ARG} declared before the first {@code FROM} is judged by the argument's default: a default
 * pinned by digest passes (a build that passes {@code --build-arg} answers for its own value), no default is a finding,
 * since the file then pins nothing. Jib's {@code tar://} base images are files, not tags, and pass.
 */
public final class Container implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("environment.container")
            .summary("Every Dockerfile and Containerfile base image (and Jib's from.image) is pinned by digest")
            .because("Pinned environment: a base image named by a tag changes under the product when the publisher "
                    + "rebuilds it, so the image that passed the tests is not the one that ships.")
            .help("Write each FROM as image:tag@sha256:<digest> (docker buildx imagetools inspect image:tag prints the "
                    + "digest) and let Dependabot or Renovate propose digest updates; the same for Jib's <from><image>.")
            .sinceContract(2)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        List<ContainerFile> files = context.require(context.facts().containerFiles());
        PomSettings settings = context.require(context.facts().pomSettings());
        if (files.isEmpty() && settings.jib().isEmpty()) {
            return Outcome.notApplicable("the module has no Dockerfile or Containerfile and configures no jib-maven-plugin");
        }
        ProjectInfo project = context.facts().project();
        List<Finding> findings = new ArrayList<>();
        int images = 0;
        for (ContainerFile file : files) {
            List<BaseImage> references = new ArrayList<>();
            file.stages().forEach(stage -> references.add(stage.from()));
            references.addAll(file.copiedFrom());
            for (BaseImage reference : references) {
                if (reference.kind() == ContainerFile.Kind.IMAGE || reference.kind() == ContainerFile.Kind.UNRESOLVED) {
                    images++;
                }
                finding(reference).ifPresent(f -> findings.add(f.at(reference.location())));
            }
        }
        List<Finding> located = new ArrayList<>(Findings.aboutTheirFiles(findings, project));
        if (settings.jib().isPresent()) {
            images++;
            jib(settings.jib().get()).ifPresent(located::add);
        }
        String where = files.stream().map(f -> DisplayPaths.display(f.file(), project.baseDir(), project.repositoryRoot()))
                .reduce((a, b) -> a + ", " + b).orElse("");
        if (settings.jib().isPresent()) {
            where = where.isEmpty() ? "jib-maven-plugin" : where + ", jib-maven-plugin";
        }
        return Outcome.of(located, images + " base image" + (images == 1 ? "" : "s") + " pinned by digest in " + where);
    }

    private static java.util.Optional<Finding> finding(BaseImage reference) {
        String through = reference.argument()
                .map(a -> " (through ARG " + a.name() + (a.line() > 0 ? " on line " + a.line() : "") + ")").orElse("");
        String instruction = reference.written().equals(reference.resolved()) ? reference.written()
                : reference.written() + " = " + reference.resolved();
        return switch (reference.kind()) {
            case STAGE, SCRATCH -> java.util.Optional.empty();
            case UNRESOLVED -> java.util.Optional.of(Finding.of("base image " + reference.written()
                            + " depends on a build argument with no default" + through + ": the file pins no image, "
                            + "whatever --build-arg a build passes is used")
                    .hint("declare the argument before the first FROM with a default pinned by digest, e.g. ARG "
                            + reference.argument().map(ContainerFile.Argument::name).orElse("BASE_IMAGE")
                            + "=eclipse-temurin:21-jre@sha256:<digest>"));
            case IMAGE -> unpinned(reference.image(), "base image " + instruction + through)
                    .map(message -> Finding.of(message).hint(pinHint(reference.image())));
        };
    }

    /** Why an image reference is not pinned, or empty when a digest pins it. */
    static java.util.Optional<String> unpinned(ImageReference image, String what) {
        if (image.pinnedByDigest()) {
            return java.util.Optional.empty();
        }
        if (!image.digest().isEmpty()) {
            return java.util.Optional.of(what + " has the digest " + image.digest()
                    + ", not sha256: followed by 64 lower-case hex digits");
        }
        if (image.tag().isEmpty()) {
            return java.util.Optional.of(what + " has no tag or digest, so it is whatever " + image.name()
                    + ":latest is at build time");
        }
        if (image.tag().toLowerCase(Locale.ROOT).equals("latest")) {
            return java.util.Optional.of(what + " is the moving tag latest");
        }
        return java.util.Optional.of(what + " is pinned by its tag only, and a tag moves when the publisher rebuilds "
                + "the image (patch releases, security fixes)");
    }

    static String pinHint(ImageReference image) {
        String tagged = image.name() + ":" + (image.tag().isEmpty() || image.tag().equalsIgnoreCase("latest")
                ? "<version>" : image.tag());
        return "pin it by digest: " + tagged + "@sha256:<digest> (docker buildx imagetools inspect " + tagged
                + " prints it); Dependabot or Renovate keep the digest up to date";
    }

    private static java.util.Optional<Finding> jib(PomSettings.Jib jib) {
        if (jib.fromImage().isEmpty()) {
            return java.util.Optional.of(Finding.of("jib-maven-plugin sets no <from><image>: Jib builds on its default "
                            + "base image, an eclipse-temurin JRE named by a tag")
                    .at(jib.plugin())
                    .subject(PomSettings.JIB_PLUGIN)
                    .hint("add <configuration><from><image>eclipse-temurin:21-jre@sha256:<digest></image></from>"
                            + "</configuration> to the jib-maven-plugin"));
        }
        Setting from = jib.fromImage().get();
        String value = from.value().trim();
        if (value.startsWith("tar://")) {
            return java.util.Optional.empty();
        }
        ImageReference image = ImageReference.parse(withoutScheme(value));
        return unpinned(image, "Jib's base image " + value + " (" + from.name() + ")")
                .map(message -> Finding.of(message).at(from.location()).subject(PomSettings.JIB_PLUGIN)
                        .hint(pinHint(image)));
    }

    /** Jib's image references may start with {@code docker://} or {@code registry://}. */
    static String withoutScheme(String reference) {
        for (String scheme : List.of("docker://", "registry://")) {
            if (reference.startsWith(scheme)) {
                return reference.substring(scheme.length());
            }
        }
        return reference;
    }
}
