package dev.readiness.maven;

import dev.readiness.contract.Contract;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Evidence;
import dev.readiness.core.InvalidInputException;
import dev.readiness.facts.Facts;
import dev.readiness.facts.MetricValues;
import dev.readiness.maven.adapter.MavenFacts;
import dev.readiness.readers.BaselineFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Records the current metrics (the contract's {@code metrics.files}) as the performance baseline that
 * {@code performance.baseline} compares later builds with. Run it after the build has written its metrics, e.g.
 * {@code mvn verify readiness:baseline}. Prints what changed; rewrites only its own file, atomically.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractMojo {

    /**
     * The contract; see the {@code check} goal.
     * <pre>{@code <contract>readiness.json</contract>}</pre>
     */
    @Parameter(property = "readiness.contract")
    String contract;

    /**
     * The organisation's policy; see the {@code check} goal.
     * <pre>{@code <policy>classpath:acme/readiness-policy.json</policy>}</pre>
     */
    @Parameter(property = "readiness.policy")
    String policy;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    private final ReadinessBuild build;

    @Inject
    public BaselineMojo(ReadinessBuild build) {
        this.build = build;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        build.awaitWarmUp();
        if ("pom".equals(project.getPackaging())) {
            getLog().info("readiness: " + project.getArtifactId() + " has pom packaging and records no baseline");
            return;
        }
        Facts facts = MavenFacts.collect(project, session);
        try {
            LoadedContract loaded = build.contract(contract, policy, facts.project());
            Contract.Metrics metrics = loaded.contract().metrics();
            if (metrics.files().isEmpty()) {
                throw new MojoFailureException("the contract declares no metrics.files, so there is nothing to record;"
                        + " declare \"metrics\": {\"files\": [\"target/metrics.json\"]} in " + loaded.top().source());
            }
            if (dev.readiness.rules.performance.Baseline.RELEASE.equals(metrics.baseline())) {
                getLog().info("readiness: metrics.baseline is \"release\": performance.baseline compares with the metrics "
                        + "of the previous release's handoff manifest, so there is no baseline file to record");
                return;
            }
            Evidence<MetricValues> current = facts.metrics(metrics.files());
            if (!current.isPresent()) {
                Evidence.Missing<MetricValues> missing = (Evidence.Missing<MetricValues>) current;
                throw new MojoFailureException("cannot record a baseline: " + missing.reason() + "\n  Fix: " + missing.hint()
                        + " (run the build that writes the metrics first, e.g. mvn verify readiness:baseline)");
            }
            Path file = facts.workspace().resolve(metrics.baseline(), "baseline file", loaded.locate("/metrics/baseline"));
            List<BaselineFile.Change> changes = new BaselineFile(file).record(current.value(), LocalDate.now());
            String where = facts.workspace().relative(file);
            if (changes.isEmpty()) {
                getLog().info("readiness: baseline " + where + " unchanged");
            } else {
                getLog().info("readiness: recorded " + where + ":");
                changes.forEach(change -> getLog().info("  " + change));
            }
        } catch (InvalidInputException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the baseline: " + e.getMessage(), e);
        }
    }
}
