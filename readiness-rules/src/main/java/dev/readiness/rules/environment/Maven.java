package dev.readiness.rules.environment;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.DisplayPaths;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.facts.deps.Version;
import dev.readiness.facts.env.MavenWrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code environment.maven}: the repository carries a Maven Wrapper that downloads one Maven version, checked against
 * its SHA-256, so every machine and CI job builds with the same Maven.
 */
public final class Maven implements Rule {

    /** The oldest Maven the readiness plugin supports. */
    static final String MINIMUM = "3.9.0";
    /** The Maven the fix hints name: the one this repository's own wrapper pins. */
    static final String EXAMPLE = "3.9.16";

    private static final Pattern DISTRIBUTION = Pattern.compile("apache-maven-([^/]+?)-bin\\.(?:zip|tar\\.gz)$");
    private static final Pattern IN_PATH = Pattern.compile("/apache-maven/([^/]+)/");
    private static final Pattern EXACT = Pattern.compile("\\d+\\.\\d+\\.\\d+(-(alpha|beta|rc)-\\d+)?");
    /** A snapshot deployed under a timestamp: {@code 4.1.0-20260101.120000-1}. */
    private static final Pattern TIMESTAMPED = Pattern.compile("-\\d{8}\\.\\d{6}-\\d+$");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("environment.maven")
            .summary("A Maven Wrapper pins one Maven version (3.9.0 or later) with its distributionSha256Sum")
            .because("Pinned environment: a build that runs on whichever Maven a machine has resolves plugins and "
                    + "profiles differently from laptop to CI; the wrapper makes the Maven part of the repository.")
            .help("Run mvn wrapper:wrapper -Dmaven=3.9.x at the repository root, add distributionSha256Sum (the "
                    + "SHA-256 of the distribution zip) to .mvn/wrapper/maven-wrapper.properties, and commit mvnw, "
                    + "mvnw.cmd and .mvn/wrapper/.")
            .sinceContract(2)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        ProjectInfo project = context.facts().project();
        Optional<MavenWrapper> found = context.require(context.facts().mavenWrapper());
        if (found.isEmpty()) {
            String root = DisplayPaths.display(project.repositoryRoot(), project.baseDir(), project.repositoryRoot());
            return Outcome.violated(Finding.of("no Maven Wrapper: " + MavenWrapper.PROPERTIES + " does not exist at the "
                            + "repository root (" + root + "), so each machine builds with whatever Maven it has")
                    .subject(MavenWrapper.PROPERTIES)
                    .hint("run mvn wrapper:wrapper -Dmaven=" + EXAMPLE + " (a 3.9.x release) in " + root + ", add "
                            + checksumHint(distributionUrl(EXAMPLE)) + ", then commit mvnw, mvnw.cmd and .mvn/wrapper/"));
        }
        MavenWrapper wrapper = found.get();
        String file = DisplayPaths.display(wrapper.file(), project.baseDir(), project.repositoryRoot());
        List<Finding> findings = new ArrayList<>();
        Optional<MavenWrapper.Value> url = wrapper.value("distributionUrl");
        String version = "";
        if (url.isEmpty()) {
            findings.add(Finding.of(file + " has no distributionUrl, so the wrapper's default Maven is used")
                    .at(wrapper.locate("distributionUrl"))
                    .hint("run mvn wrapper:wrapper -Dmaven=" + EXAMPLE + " to write distributionUrl"));
        } else {
            version = version(url.get().text());
            if (version.isEmpty()) {
                findings.add(Finding.of("distributionUrl " + url.get().text() + " names no Maven version "
                                + "(apache-maven-<version>-bin.zip)")
                        .at(wrapper.locate("distributionUrl"))
                        .hint("point it at an exact release, e.g. " + distributionUrl(EXAMPLE)));
            } else if (url.get().text().toUpperCase(java.util.Locale.ROOT).contains("SNAPSHOT")
                    || TIMESTAMPED.matcher(version).find()) {
                findings.add(Finding.of("distributionUrl names the snapshot distribution " + version
                                + ", which is rebuilt under the same name")
                        .at(wrapper.locate("distributionUrl"))
                        .hint("run mvn wrapper:wrapper -Dmaven=" + EXAMPLE + " (a release), then add its checksum"));
            } else if (!EXACT.matcher(version).matches()) {
                findings.add(Finding.of("distributionUrl names Maven " + version + ", not one exact release")
                        .at(wrapper.locate("distributionUrl"))
                        .hint("run mvn wrapper:wrapper -Dmaven=" + EXAMPLE));
            } else if (Version.compare(version, MINIMUM) < 0) {
                findings.add(Finding.of("the wrapper pins Maven " + version + ", older than " + MINIMUM
                                + ", the oldest Maven the readiness plugin supports")
                        .at(wrapper.locate("distributionUrl"))
                        .hint("run mvn wrapper:wrapper -Dmaven=" + EXAMPLE + ", then update distributionSha256Sum"));
            }
        }
        Optional<MavenWrapper.Value> checksum = wrapper.value("distributionSha256Sum");
        String distribution = url.isPresent() ? url.get().text() : distributionUrl(EXAMPLE);
        if (checksum.isEmpty()) {
            findings.add(Finding.of(file + " has no distributionSha256Sum, so the wrapper runs whatever it downloads "
                            + "from distributionUrl")
                    .at(wrapper.locate("distributionUrl"))
                    .hint("add " + checksumHint(distribution)));
        } else if (!SHA256.matcher(checksum.get().text()).matches()) {
            findings.add(Finding.of("distributionSha256Sum is \"" + checksum.get().text()
                            + "\", not a SHA-256 (64 hex digits)")
                    .at(wrapper.locate("distributionSha256Sum"))
                    .hint("replace it: " + checksumHint(distribution)));
        }
        List<Finding> subjects = new ArrayList<>();
        for (Finding finding : findings) {
            subjects.add(finding.subject(MavenWrapper.PROPERTIES));
        }
        return Outcome.of(subjects, "the Maven Wrapper pins Maven " + version + " with its SHA-256 (" + file + ")");
    }

    /** The Maven version a distribution URL names; empty when it names none. */
    static String version(String url) {
        Matcher file = DISTRIBUTION.matcher(url.trim());
        if (file.find()) {
            return file.group(1);
        }
        Matcher path = IN_PATH.matcher(url.trim());
        return path.find() ? path.group(1) : "";
    }

    static String distributionUrl(String version) {
        return "https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/" + version + "/apache-maven-"
                + version + "-bin.zip";
    }

    private static String checksumHint(String distribution) {
        return "distributionSha256Sum=<SHA-256 of the distribution> to " + MavenWrapper.PROPERTIES
                + " (curl -fsSL " + distribution + " | sha256sum prints it; ./mvnw then refuses a download that differs)";
    }
}
