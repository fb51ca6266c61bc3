package dev.readiness.maven;

import dev.readiness.core.GeneratedFile;
import dev.readiness.facts.Facts;
import dev.readiness.init.StarterContract;
import dev.readiness.maven.adapter.MavenFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes a starter {@code readiness.json} for the module: every section with comments, floors measured from the
 * project as it is now (test count, JaCoCo coverage rounded down, metrics from {@code target/metrics.json}), the JSON
 * Schemas found under the resources, the runnable class as entry point, and {@code TODO} placeholders that fail their
 * rules until a person fills them. Run it after a build ({@code mvn verify readiness:init}) so there is something to
 * measure. It never overwrites an existing contract unless {@code readiness.force} is set.
 */
@Mojo(name = "init", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public class InitMojo extends AbstractMojo {

    static final String BACKUP_SUFFIX = ".bak";

    /**
     * Replace an existing {@code readiness.json}; the old one is kept as {@code readiness.json.bak}.
     * <pre>{@code mvn readiness:init -Dreadiness.force=true}</pre>
     */
    @Parameter(property = "readiness.force", defaultValue = "false")
    boolean force;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    private final ReadinessBuild build;

    @Inject
    public InitMojo(ReadinessBuild build) {
        this.build = build;
    }

    @Override
    public void execute() throws MojoExecutionException {
        if ("pom".equals(project.getPackaging())) {
            getLog().info("readiness: " + project.getArtifactId() + " has pom packaging and gets no contract");
            return;
        }
        Facts facts = MavenFacts.collect(project, session);
        Path target = facts.project().baseDir().resolve(ContractLookup.FILE_NAME);
        Optional<Path> existing = existingContract(facts.project().baseDir(), facts.project().reactorRoot());
        if (existing.isPresent() && !force) {
            getLog().info("readiness: " + existing.get() + (existing.get().equals(target)
                    ? " already exists and was left unchanged; -Dreadiness.force=true replaces it, keeping the old one as "
                            + ContractLookup.FILE_NAME + BACKUP_SUFFIX
                    : " already serves " + project.getArtifactId() + " and was left unchanged; -Dreadiness.force=true "
                            + "writes a contract of the module's own to " + target));
            return;
        }
        StarterContract.Survey survey = StarterContract.survey(facts);
        String text = StarterContract.render(survey, build.registry());
        try {
            if (Files.exists(target)) {
                Path backup = target.resolveSibling(ContractLookup.FILE_NAME + BACKUP_SUFFIX);
                Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
                getLog().info("readiness: kept the previous contract as " + backup);
            }
            GeneratedFile.write(target, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + target + ": " + e.getMessage(), e);
        }
        List<String> placeholders = StarterContract.placeholders(text);
        getLog().info("readiness: wrote " + target + " (" + StarterContract.describe(survey) + ")");
        getLog().info("readiness: fill in the " + placeholders.size() + " placeholders (" + String.join(", ", placeholders)
                + "), then run mvn verify");
    }

    /** This module's contract, or one up to the reactor root that already serves it. */
    private static Optional<Path> existingContract(Path baseDir, Path reactorRoot) {
        for (Path dir = baseDir; dir != null && dir.startsWith(reactorRoot); dir = dir.getParent()) {
            Path candidate = dir.resolve(ContractLookup.FILE_NAME);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
