package dev.readiness.maven;

import dev.readiness.core.Evidence;
import dev.readiness.core.InvalidInputException;
import dev.readiness.facts.Facts;
import dev.readiness.facts.deps.DependencyLock.Change;
import dev.readiness.facts.deps.DependencyLock;
import dev.readiness.maven.adapter.MavenFacts;
import dev.readiness.maven.adapter.RepositoryFiles.PluginJars;
import dev.readiness.readers.LockFile;
import java.io.IOException;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes {@code readiness-lock.json} in the module's directory: every resolved dependency (all scopes) and build
 * plugin with its version and the SHA-256 of its file, sorted, so that {@code dependencies.lock} can tell when the
 * build resolves something else. Modules of the same build and SNAPSHOTs are locked by coordinates only. The file is
 * rewritten atomically, and only when something changed; the log lists what did.
 */
@Mojo(name = "lock", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public class LockMojo extends AbstractMojo {

    /**
     * Skips the goal; the log says so.
     * <pre>{@code <skip>true</skip>}</pre>
     */
    @Parameter(property = "readiness.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    private final ReadinessBuild build;

    @Inject
    public LockMojo(ReadinessBuild build) {
        this.build = build;
    }

    @Override
    public void execute() throws MojoExecutionException {
        build.awaitWarmUp();
        if (skip) {
            getLog().info("readiness: lock skipped (readiness.skip=true)");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("readiness: " + project.getArtifactId() + " has pom packaging and is not locked");
            return;
        }
        Facts facts = MavenFacts.collect(project, session, build.dependencies(), getLog(), PluginJars.FETCH);
        Evidence<DependencyLock> lock = facts.lock();
        if (lock instanceof Evidence.Missing<DependencyLock> missing) {
            throw new MojoExecutionException("cannot lock " + project.getArtifactId() + ": " + missing.reason()
                    + (missing.hint().isEmpty() ? "" : "\n  Fix: " + missing.hint()));
        }
        LockFile file = LockFile.in(facts.project().baseDir());
        boolean existed = file.exists();
        List<Change> changes;
        try {
            changes = file.record(lock.value());
        } catch (InvalidInputException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + file.file() + ": " + e.getMessage(), e);
        }
        String counts = lock.value().dependencies().size() + " dependencies, " + lock.value().plugins().size() + " plugins";
        if (!existed) {
            getLog().info("readiness: wrote " + file.file() + " (" + counts + ")");
        } else if (changes.isEmpty()) {
            getLog().info("readiness: " + file.file() + " is up to date (" + counts + ")");
        } else {
            getLog().info("readiness: updated " + file.file() + " (" + counts + "; " + changes.size()
                    + (changes.size() == 1 ? " change" : " changes") + "):");
            changes.forEach(change -> getLog().info("  " + change));
        }
    }
}
