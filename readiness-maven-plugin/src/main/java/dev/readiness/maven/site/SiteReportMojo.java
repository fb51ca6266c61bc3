package dev.readiness.maven.site;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.core.JsonTrees;
import dev.readiness.core.GeneratedFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;

/**
 * The module's last readiness check as the page {@code readiness.html} of {@code mvn site}: the verdict and the gate,
 * each rule's status, the findings with their fixes, the waivers with their owners and expiry. It renders the
 * {@code report.json} that {@code readiness:check} wrote and never runs the rules again, so run the check first:
 * {@code mvn verify site}. In the POM's {@code <reporting>} section:
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.readiness</groupId>
 *   <artifactId>readiness-maven-plugin</artifactId>
 *   <reportSets><reportSet><reports><report>report</report></reports></reportSet></reportSets>
 * </plugin>
 * }</pre>
 * Run directly ({@code mvn readiness:report}), it writes the same page as a plain HTML file of its own,
 * {@code target/site/readiness.html}, without the site's layout.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class SiteReportMojo extends AbstractMojo implements MavenReport {

    static final String OUTPUT_NAME = "readiness";

    /** Larger than any report the check writes (it lists at most 200 findings of 4,000 characters per rule). */
    static final long MAX_REPORT_BYTES = 64L << 20;


    /**
     * Where the check wrote its reports: the check's {@code reportDirectory}.
     * <pre>&lt;reportDirectory&gt;${project.build.directory}/readiness&lt;/reportDirectory&gt;</pre>
     */
    @Parameter(property = "readiness.reportDirectory", defaultValue = "${project.build.directory}/readiness")
    File reportDirectory;

    /**
     * Where a direct run writes {@code readiness.html}; in {@code mvn site} the site plugin decides.
     * <pre>&lt;outputDirectory&gt;${project.reporting.outputDirectory}&lt;/outputDirectory&gt;</pre>
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", required = true)
    File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** A direct run: the page as a file of its own. */
    @Override
    public void execute() throws MojoExecutionException {
        StandalonePage page = new StandalonePage();
        new ReadinessPage(page.sink(), source()).render();
        Path file = outputDirectory.toPath().resolve(OUTPUT_NAME + ".html");
        try {
            GeneratedFile.write(file, page.html().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("readiness: cannot write " + file + " (" + e.getMessage() + ")", e);
        }
        getLog().info("readiness: wrote " + file + " (the site page, as a file of its own; in mvn site it is the"
                + " report " + OUTPUT_NAME + ".html in the site's layout)");
    }

    /** In {@code mvn site}: the page through the site's sink. */
    @Override
    public void generate(Sink sink, Locale locale) {
        new ReadinessPage(sink, source()).render();
    }

    private ReadinessPage.Source source() {
        return read(reportDirectory.toPath().resolve("report.json"), project.getBasedir().toPath());
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return ReadinessPage.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Whether this module is ready for production, as its handoff contract defines it: the last readiness"
                + " check's verdict, rules, findings and waivers.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        outputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return outputDirectory;
    }

    /** A page rendered through the site's sink, not a set of files of its own. */
    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** Always: without a report the page says how to get one, which a site reader needs to know too. */
    @Override
    public boolean canGenerateReport() {
        return true;
    }

    /** The report to render, or why there is none; never an exception for a missing or damaged file. */
    static ReadinessPage.Source read(Path file, Path base) {
        String shown = base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace(File.separatorChar, '/');
        if (!Files.isRegularFile(file)) {
            return new ReadinessPage.Source.Absent("No readiness check has run for this module: " + shown
                    + " does not exist.");
        }
        try {
            if (Files.size(file) > MAX_REPORT_BYTES) {
                return new ReadinessPage.Source.Absent(shown + " is larger than any report the check writes ("
                        + Files.size(file) + " bytes); run the check again to replace it.");
            }
            JsonNode report = JsonTrees.tree(JsonTrees.STRICT, Files.readAllBytes(file));
            if (report == null || !report.isObject() || report.path("reportVersion").asInt() != 1) {
                return new ReadinessPage.Source.Absent(shown + " is not a report of this version of the plugin (no"
                        + " \"reportVersion\": 1); run the check again to replace it.");
            }
            return new ReadinessPage.Source.Report(report, shown);
        } catch (JacksonException e) {
            return new ReadinessPage.Source.Absent(shown + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + "); run the check again to replace it.");
        } catch (IOException e) {
            return new ReadinessPage.Source.Absent(shown + " cannot be read (" + e.getMessage() + ").");
        }
    }
}
