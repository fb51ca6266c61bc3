import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Generates the benchmark's inputs (run with {@code java bench/Generate.java <what> ...}):
 * <ul>
 *   <li>{@code project <dir> <classes> <pluginVersion> [long|short]}: the one-module data product (POM, contract,
 *       classes, a test); {@code long} (the default) writes twelve methods of 14 lines a class, {@code short} eight
 *       methods of 6 lines;</li>
 *   <li>{@code small <pom>}: adds the peers (the enforcer, jacoco:check) to the POM of a project the archetype
 *       generated, configured as {@code project} configures them;</li>
 *   <li>{@code floor <dir> <readinessVersion> <mavenVersion> <pluginToolsVersion> <reportingApiVersion>
 *       <doxiaSinkApiVersion>}: two Maven plugins whose one mojo does nothing, of the check mojo's shape (its
 *       parameters, constructor injection and test-scope dependency resolution): {@code floor-empty} with no
 *       dependencies, {@code floor-realm} with readiness-maven-plugin's runtime dependencies in its realm;</li>
 *   <li>{@code surefire <dir> <cases>}: extra Surefire TEST-*.xml reports, 50 cases a file;</li>
 *   <li>{@code reactor <dir> <modules> <pluginVersion>}: a reactor of modules sharing one dependency set;</li>
 *   <li>{@code jacoco <file> <megabytes>}: a synthetic JaCoCo XML report of about that size.</li>
 * </ul>
 */
public class Generate {

    static final String DEPENDENCIES = """
                <dependency>
                  <groupId>org.apache.spark</groupId>
                  <artifactId>spark-mllib_2.13</artifactId>
                  <version>3.5.3</version>
                </dependency>
                <dependency>
                  <groupId>org.apache.hadoop</groupId>
                  <artifactId>hadoop-client</artifactId>
                  <version>3.3.6</version>
                </dependency>
                <dependency>
                  <groupId>software.amazon.awssdk</groupId>
                  <artifactId>s3</artifactId>
                  <version>2.29.52</version>
                </dependency>
            """;

    /** Every plugin the benchmark's builds use, pinned (requirePluginVersions and dependencies.plugin-versions agree). */
    static final String PINNED_PLUGINS = """
                  <plugin><artifactId>maven-clean-plugin</artifactId><version>3.4.1</version></plugin>
                  <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                  <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
                  <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.3</version></plugin>
                  <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
                  <plugin><artifactId>maven-install-plugin</artifactId><version>3.1.4</version></plugin>
                  <plugin><artifactId>maven-deploy-plugin</artifactId><version>3.1.4</version></plugin>
                  <plugin><artifactId>maven-site-plugin</artifactId><version>3.21.0</version></plugin>
                  <plugin><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version></plugin>
            """;

    static final String CONTRACT = """
            {
              "contract": 1,
              "owners": {
                "science": "ana.lopez@acme.example",
                "engineering": "ml-platform@acme.example",
                "oncall": "https://oncall.acme.example/rotations/bench"
              },
              "operations": {
                "resources": { "cpu": "2", "memory": "4Gi", "gpu": "0", "disk": "10Gi" },
                "failureModes": [
                  { "mode": "s3 unreachable", "detection": "error rate alert", "mitigation": "retry and page on-call" }
                ]
              },
              "rules": {
                "coverage.overall": { "line": 0.5, "branch": 0.4 },
                "coverage.core": { "include": ["gen.p0.**"], "line": 0.5, "branch": 0.4 },
                "dependencies.banned": { "banned": [
      { "pattern": "log4j:log4j", "reason": "Log4j 1.x is end of life" },
      { "pattern": "org.apache.logging.log4j:log4j-core:[,2.17.1)", "reason": "Log4Shell" },
      { "pattern": "commons-logging:commons-logging", "reason": "use jcl-over-slf4j" }
    ] }
              }
            }
            """;

    /**
     * The enforcer's default version, the newest release: the POMs read it from the property
     * {@code bench.enforcer.version}, so that {@code -Dbench.enforcer.version=3.5.0} compares with an older release
     * without generating the products again.
     */
    static final String ENFORCER_VERSION = "3.7.0";

    /** The enforcer's rules: the same three bans as the contract's dependencies.banned. */
    static final String ENFORCER = """
                    <plugin>
                      <groupId>org.apache.maven.plugins</groupId>
                      <artifactId>maven-enforcer-plugin</artifactId>
                      <version>${bench.enforcer.version}</version>
                      <configuration>
                        <fail>false</fail>
                        <rules>
                          <banDynamicVersions/>
                          <requireReleaseDeps><message>no snapshots</message></requireReleaseDeps>
                          <requirePluginVersions/>
                          <requireUpperBoundDeps/>
                          <bannedDependencies>
                            <excludes>
                              <exclude>log4j:log4j</exclude>
                              <exclude>org.apache.logging.log4j:log4j-core:[,2.17.1)</exclude>
                              <exclude>commons-logging:commons-logging</exclude>
                            </excludes>
                          </bannedDependencies>
                        </rules>
                      </configuration>
                    </plugin>
                """;

    /** jacoco:check: the bundle's line and branch ratios, as the contract's coverage.overall. */
    static final String JACOCO_CHECK = """
                      <configuration>
                        <haltOnFailure>false</haltOnFailure>
                        <rules>
                          <rule>
                            <element>BUNDLE</element>
                            <limits>
                              <limit><counter>LINE</counter><value>COVEREDRATIO</value><minimum>0.50</minimum></limit>
                              <limit><counter>BRANCH</counter><value>COVEREDRATIO</value><minimum>0.40</minimum></limit>
                            </limits>
                          </rule>
                        </rules>
                      </configuration>
                """;

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "project" -> project(Path.of(args[1]), Integer.parseInt(args[2]), args[3],
                    args.length > 4 && args[4].equals("short"));
            case "small" -> small(Path.of(args[1]));
            case "floor" -> floor(Path.of(args[1]), args[2], args[3], args[4], args[5], args[6]);
            case "surefire" -> surefire(Path.of(args[1]), Integer.parseInt(args[2]));
            case "reactor" -> reactor(Path.of(args[1]), Integer.parseInt(args[2]), args[3]);
            case "jacoco" -> jacoco(Path.of(args[1]), Long.parseLong(args[2]) * 1024 * 1024);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /**
     * The three plugins. With {@code product} (the one-module product): tests run under the JaCoCo agent, jacoco:report
     * writes the XML in the test phase, and readiness:check is bound to verify (execution {@code gate}), so that
     * {@code mvn verify} runs the check it gates; the side-by-side runs call the goals directly.
     */
    static String buildPlugins(String pluginVersion, boolean product) {
        String jacocoExecutions = product ? """
                      <executions>
                        <execution><id>agent</id><goals><goal>prepare-agent</goal></goals></execution>
                        <execution><id>report</id><phase>test</phase><goals><goal>report</goal></goals></execution>
                      </executions>
                """ : "";
        String gate = product ? """
                      <executions>
                        <execution><id>gate</id><phase>verify</phase><goals><goal>check</goal></goals></execution>
                      </executions>
                """ : "";
        return """
                  <plugins>
                    <plugin>
                      <groupId>dev.readiness</groupId>
                      <artifactId>readiness-maven-plugin</artifactId>
                      <version>%s</version>
                %s
                      <configuration>
                        <failOnViolation>false</failOnViolation>
                      </configuration>
                    </plugin>
                %s
                    <plugin>
                      <groupId>org.jacoco</groupId>
                      <artifactId>jacoco-maven-plugin</artifactId>
                      <version>0.8.13</version>
                %s
                %s
                    </plugin>
                  </plugins>
                """.formatted(pluginVersion, gate, ENFORCER, jacocoExecutions, JACOCO_CHECK);
    }

    static String pom(String artifactId, String packaging, String parent, String dependencies, String build) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                %s
                  <groupId>bench.acme</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0.0</version>
                  <packaging>%s</packaging>
                  <name>%s</name>
                  <description>A generated data product for the readiness benchmark.</description>
                  <url>https://acme.example/%s</url>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <bench.enforcer.version>%s</bench.enforcer.version>
                  </properties>
                  <dependencies>
                %s
                  </dependencies>
                  <build>
                %s
                  </build>
                </project>
                """.formatted(parent, artifactId, packaging, artifactId, artifactId, ENFORCER_VERSION, dependencies, build);
    }

    static final String LONG_METHOD = """

                public int m%1$d(int x) {
                    int r = %2$d;
                    if (x %% 2 == 0) {
                        r += x * %3$d;
                    } else {
                        r -= x;
                    }
                    for (int j = 0; j < (x & 3); j++) {
                        r ^= j + %1$d;
                    }
                    if (x > 1000 && r < 0) {
                        r = -r;
                    }
                    return r;
                }
            """;

    static final String SHORT_METHOD = """

                public int m%1$d(int x) {
                    int r = x + %1$d;
                    if (x > %2$d) {
                        r = x - %3$d;
                    }
                    return r;
                }
            """;

    /**
     * The product: {@code classes} classes in 40 packages; {@code shortMethods} gives eight methods of 6 lines a class
     * (one branch each), otherwise twelve of 14 lines (three branches each). The test calls eight methods of every
     * class once.
     */
    static void project(Path dir, int classes, String pluginVersion, boolean shortMethods) throws IOException {
        String deps = DEPENDENCIES + """
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <version>5.11.4</version>
                      <scope>test</scope>
                    </dependency>
                """;
        String build = "    <pluginManagement><plugins>\n" + PINNED_PLUGINS + "    </plugins></pluginManagement>\n"
                + buildPlugins(pluginVersion, true);
        write(dir.resolve("pom.xml"), pom("data-product", "jar", "", deps, build));
        write(dir.resolve("readiness.json"), CONTRACT);
        write(dir.resolve("README.md"), "# data-product\n\n## Usage\n\nGenerated.\n\n## Resources\n\n2 CPU.\n\n"
                + "## Failure modes\n\nSee the contract.\n\n## Ownership\n\nml-platform.\n");
        int methods = shortMethods ? 8 : 12;
        String method = shortMethods ? SHORT_METHOD : LONG_METHOD;
        for (int c = 0; c < classes; c++) {
            String pkg = "gen.p" + (c % 40);
            StringBuilder src = new StringBuilder("package " + pkg + ";\n\npublic class C" + c + " {\n");
            for (int m = 0; m < methods; m++) {
                src.append(method.formatted(m, shortMethods ? c + 2 * m : c, m + 1));
            }
            src.append("}\n");
            write(dir.resolve("src/main/java/" + pkg.replace('.', '/') + "/C" + c + ".java"), src.toString());
        }
        write(dir.resolve("src/test/java/gen/AllClassesTest.java"), """
                package gen;

                import static org.junit.jupiter.api.Assertions.assertTrue;

                import java.lang.reflect.Method;
                import org.junit.jupiter.api.Test;

                class AllClassesTest {
                    @Test
                    void %s() throws Exception {
                        int calls = 0;
                        for (int c = 0; c < %d; c++) {
                            Class<?> type = Class.forName("gen.p" + (c %% 40) + ".C" + c);
                            Object instance = type.getConstructor().newInstance();
                            for (int m = 0; m < 8; m++) {
                                Method method = type.getMethod("m" + m, int.class);
                                method.invoke(instance, c + m);
                                calls++;
                            }
                        }
                        assertTrue(calls > 0);
                    }
                }
                """.formatted(shortMethods ? "callsEveryMethod" : "callsTwoThirdsOfTheMethods", classes));
    }

    /**
     * The archetype's project with the peers added: the enforcer plugin (version from {@code bench.enforcer.version})
     * and jacoco:check's configuration on the archetype's JaCoCo plugin. Fails if the POM is not the archetype's shape.
     */
    static void small(Path pom) throws IOException {
        String text = Files.readString(pom);
        String jacoco = "<version>${jacoco.version}</version>\n";
        String properties = "</properties>";
        String plugins = "    </plugins>\n  </build>";
        for (String marker : new String[] {jacoco, properties, plugins}) {
            if (text.indexOf(marker) < 0 || text.indexOf(marker) != text.lastIndexOf(marker)) {
                throw new IllegalStateException(pom + ": expected one '" + marker.strip() + "' (the archetype's POM)");
            }
        }
        text = text.replace(jacoco, jacoco + JACOCO_CHECK.indent(2))
                .replace(properties, "  <bench.enforcer.version>" + ENFORCER_VERSION + "</bench.enforcer.version>\n  " + properties)
                .replace(plugins, ENFORCER.indent(2) + plugins);
        Files.writeString(pom, text);
    }

    /** The two floor plugins (a reactor of two modules) and the one mojo they share. */
    static void floor(Path dir, String readinessVersion, String mavenVersion, String pluginTools, String reportingApi,
            String doxiaSinkApi) throws IOException {
        String provided = """
                    <dependency><groupId>org.apache.maven</groupId><artifactId>maven-plugin-api</artifactId><version>%1$s</version><scope>provided</scope></dependency>
                    <dependency><groupId>org.apache.maven</groupId><artifactId>maven-core</artifactId><version>%1$s</version><scope>provided</scope></dependency>
                    <dependency><groupId>org.apache.maven.plugin-tools</groupId><artifactId>maven-plugin-annotations</artifactId><version>%2$s</version><scope>provided</scope></dependency>
                    <dependency><groupId>javax.inject</groupId><artifactId>javax.inject</artifactId><version>1</version><scope>provided</scope></dependency>
                """.formatted(mavenVersion, pluginTools);
        String realm = """
                    <dependency><groupId>dev.readiness</groupId><artifactId>readiness-rules</artifactId><version>%s</version></dependency>
                    <dependency><groupId>org.apache.maven.reporting</groupId><artifactId>maven-reporting-api</artifactId><version>%s</version></dependency>
                    <dependency><groupId>org.apache.maven.doxia</groupId><artifactId>doxia-sink-api</artifactId><version>%s</version></dependency>
                """.formatted(readinessVersion, reportingApi, doxiaSinkApi);
        String plugins = """
                    <pluginManagement><plugins>
                %s
                      <plugin><artifactId>maven-plugin-plugin</artifactId><version>%s</version></plugin>
                    </plugins></pluginManagement>
                """.formatted(PINNED_PLUGINS, pluginTools);
        write(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench.floor</groupId>
                  <artifactId>floor</artifactId>
                  <version>1.0.0</version>
                  <packaging>pom</packaging>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <modules><module>floor-empty</module><module>floor-realm</module></modules>
                  <build>
                %s
                  </build>
                </project>
                """.formatted(plugins));
        for (String name : new String[] {"floor-empty", "floor-realm"}) {
            write(dir.resolve(name + "/pom.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <parent><groupId>bench.floor</groupId><artifactId>floor</artifactId><version>1.0.0</version></parent>
                      <artifactId>%s-maven-plugin</artifactId>
                      <packaging>maven-plugin</packaging>
                      <dependencies>
                    %s
                      </dependencies>
                    </project>
                    """.formatted(name, provided + (name.equals("floor-realm") ? realm : "")));
            write(dir.resolve(name + "/src/main/java/bench/floor/CheckMojo.java"), """
                    package bench.floor;

                    import java.io.File;
                    import javax.inject.Inject;
                    import org.apache.maven.execution.MavenSession;
                    import org.apache.maven.plugin.AbstractMojo;
                    import org.apache.maven.plugin.MojoExecution;
                    import org.apache.maven.plugins.annotations.LifecyclePhase;
                    import org.apache.maven.plugins.annotations.Mojo;
                    import org.apache.maven.plugins.annotations.Parameter;
                    import org.apache.maven.plugins.annotations.ResolutionScope;
                    import org.apache.maven.project.MavenProject;
                    import org.apache.maven.project.MavenProjectHelper;

                    /** Does nothing: what Maven does for a mojo of readiness:check's shape is all this costs. */
                    @Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
                            requiresDependencyResolution = ResolutionScope.TEST)
                    public class CheckMojo extends AbstractMojo {
                        @Parameter(property = "readiness.skip", defaultValue = "false") boolean skip;
                        @Parameter(property = "readiness.contract") String contract;
                        @Parameter(property = "readiness.policy") String policy;
                        @Parameter(property = "readiness.gate") String gate;
                        @Parameter(property = "readiness.failOnViolation", defaultValue = "true") boolean failOnViolation;
                        @Parameter(property = "readiness.formats", defaultValue = "json,junit,sarif,markdown") String formats;
                        @Parameter(property = "readiness.reportDirectory", defaultValue = "${project.build.directory}/readiness") File reportDirectory;
                        @Parameter(property = "readiness.today") String today;
                        @Parameter(property = "readiness.handoffManifest", defaultValue = "true") boolean handoffManifest;
                        @Parameter(defaultValue = "${project}", readonly = true, required = true) MavenProject project;
                        @Parameter(defaultValue = "${session}", readonly = true, required = true) MavenSession session;
                        @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true) MojoExecution mojoExecution;

                        private final MavenProjectHelper projectHelper;

                        @Inject
                        public CheckMojo(MavenProjectHelper projectHelper) {
                            this.projectHelper = projectHelper;
                        }

                        @Override
                        public void execute() {
                            getLog().info("floor: " + project.getArtifactId());
                        }
                    }
                    """);
        }
    }


    static void surefire(Path dir, int cases) throws IOException {
        Files.createDirectories(dir);
        int perFile = 50;
        for (int f = 0; f * perFile < cases; f++) {
            String suite = "gen.extra.Suite" + f + "Test";
            int n = Math.min(perFile, cases - f * perFile);
            int skipped = f % 10 == 0 ? 1 : 0;
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("TEST-" + suite + ".xml"))) {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
                out.write(String.format(Locale.ROOT, "<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                        + "xsi:noNamespaceSchemaLocation=\"https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd\" "
                        + "version=\"3.0.2\" name=\"%s\" time=\"%.3f\" tests=\"%d\" errors=\"0\" skipped=\"%d\" failures=\"0\">\n",
                        suite, n * 0.012, n, skipped));
                out.write("  <properties>\n");
                for (int p = 0; p < 60; p++) {
                    out.write("    <property name=\"java.property." + p + "\" value=\"/some/fairly/long/value/of/a/system/property/" + p + "\"/>\n");
                }
                out.write("  </properties>\n");
                for (int t = 0; t < n; t++) {
                    out.write(String.format(Locale.ROOT, "  <testcase name=\"case%d_scoresARowOfFeatures\" classname=\"%s\" time=\"%.3f\"", t, suite, 0.001 * (t % 17)));
                    if (skipped == 1 && t == 0) {
                        out.write(">\n    <skipped message=\"needs a GPU\"/>\n  </testcase>\n");
                    } else if (t % 7 == 0) {
                        out.write(">\n    <system-out><![CDATA[scored 128 rows in 3 ms\nfeature vector ok\n]]></system-out>\n  </testcase>\n");
                    } else {
                        out.write("/>\n");
                    }
                }
                out.write("</testsuite>\n");
            }
        }
    }

    static void reactor(Path dir, int modules, String pluginVersion) throws IOException {
        StringBuilder list = new StringBuilder("    <modules>\n");
        for (int m = 1; m <= modules; m++) {
            list.append(String.format("      <module>m%02d</module>\n", m));
        }
        list.append("    </modules>\n");
        String build = "    <pluginManagement><plugins>\n" + PINNED_PLUGINS + "    </plugins></pluginManagement>\n"
                + buildPlugins(pluginVersion, false);
        write(dir.resolve("pom.xml"), pom("reactor", "pom", "", "", build).replace("  <dependencies>\n\n  </dependencies>\n", list.toString()));
        write(dir.resolve("readiness.json"), CONTRACT.replace("\"coverage.core\": { \"include\": [\"gen.p0.**\"], \"line\": 0.5, \"branch\": 0.4 },\n", ""));
        Files.createDirectories(dir.resolve(".mvn"));
        String parent = "  <parent><groupId>bench.acme</groupId><artifactId>reactor</artifactId><version>1.0.0</version></parent>";
        for (int m = 1; m <= modules; m++) {
            String name = String.format("m%02d", m);
            write(dir.resolve(name + "/pom.xml"), pom(name, "jar", parent, DEPENDENCIES, ""));
            write(dir.resolve(name + "/README.md"), "# " + name + "\n\n## Usage\n\nGenerated.\n");
        }
    }

    /** A JaCoCo XML report: packages of classes with methods, counters and per-line source data, like jacoco:report's. */
    static void jacoco(Path file, long bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\">");
            out.write("<report name=\"synthetic\"><sessioninfo id=\"bench\" start=\"1\" dump=\"2\"/>");
            long written = 0;
            long lines = 0;
            long branches = 0;
            int pkg = 0;
            while (written < bytes) {
                StringBuilder p = new StringBuilder("<package name=\"gen/s" + pkg + "\">");
                for (int c = 0; c < 50; c++) {
                    p.append("<class name=\"gen/s").append(pkg).append("/K").append(c).append("\" sourcefilename=\"K").append(c).append(".java\">");
                    for (int m = 0; m < 12; m++) {
                        p.append("<method name=\"m").append(m).append("\" desc=\"(I)I\" line=\"").append(3 + m * 14).append("\">");
                        counters(p, 40, 12, 6, 13, 1);
                        p.append("</method>");
                    }
                    counters(p, 480, 144, 72, 157, 12);
                    p.append("</class>");
                    lines += 157;
                    branches += 72;
                }
                for (int c = 0; c < 50; c++) {
                    p.append("<sourcefile name=\"K").append(c).append(".java\">");
                    for (int l = 1; l <= 170; l++) {
                        p.append("<line nr=\"").append(l).append("\" mi=\"").append(l % 3).append("\" ci=\"").append(l % 5)
                                .append("\" mb=\"").append(l % 2).append("\" cb=\"").append(l % 4 == 0 ? 1 : 0).append("\"/>");
                    }
                    counters(p, 480, 144, 72, 157, 12);
                    p.append("</sourcefile>");
                }
                counters(p, 480 * 50, 144 * 50, 72 * 50, 157 * 50, 12 * 50);
                p.append("</package>");
                out.write(p.toString());
                written += p.length();
                pkg++;
            }
            StringBuilder end = new StringBuilder();
            counters(end, 480 * 50 * pkg, 144 * 50L * pkg, branches, lines, 12 * 50 * pkg);
            out.write(end + "</report>");
        }
    }

    private static void counters(StringBuilder p, long instructions, long branchTotal, long branchHalf, long lineTotal, long methods) {
        p.append("<counter type=\"INSTRUCTION\" missed=\"").append(instructions / 3).append("\" covered=\"").append(instructions - instructions / 3).append("\"/>");
        p.append("<counter type=\"BRANCH\" missed=\"").append(branchTotal - branchHalf).append("\" covered=\"").append(branchHalf).append("\"/>");
        p.append("<counter type=\"LINE\" missed=\"").append(lineTotal / 4).append("\" covered=\"").append(lineTotal - lineTotal / 4).append("\"/>");
        p.append("<counter type=\"COMPLEXITY\" missed=\"").append(methods).append("\" covered=\"").append(methods * 2).append("\"/>");
        p.append("<counter type=\"METHOD\" missed=\"").append(methods / 3).append("\" covered=\"").append(methods - methods / 3).append("\"/>");
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
    }
}
