package dev.readiness.maven.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.Location;
import dev.readiness.facts.env.PomSettings;
import dev.readiness.facts.env.PomSettings.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3ReaderEx;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BuildSettings} on models read from real POM text, with the input locations Maven tracks. */
class BuildSettingsTest {

    @TempDir
    Path dir;

    private Model read(Path pom, String text) throws IOException, XmlPullParserException {
        Files.createDirectories(pom.getParent());
        Files.writeString(pom, text);
        InputSource source = new InputSource();
        source.setLocation(pom.toString());
        try (InputStream in = Files.newInputStream(pom)) {
            return new MavenXpp3ReaderEx().read(in, true, source);
        }
    }

    private MavenProject project(Path pom, Model model) {
        MavenProject project = new MavenProject(model);
        project.setOriginalModel(model.clone());
        project.setFile(pom.toFile());
        return project;
    }

    @Test
    void reads_the_release_the_timestamp_and_jibs_base_image_with_their_lines() throws Exception {
        Path pom = dir.resolve("pom.xml");
        Model model = read(pom, """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>app</artifactId>
                  <version>1.0.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>com.google.cloud.tools</groupId>
                        <artifactId>jib-maven-plugin</artifactId>
                        <version>3.4.6</version>
                        <configuration>
                          <from>
                            <image>eclipse-temurin:17-jre</image>
                          </from>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """);

        PomSettings settings = BuildSettings.of(project(pom, model));

        assertThat(settings.release()).hasValueSatisfying(release -> {
            assertThat(release.name()).isEqualTo("maven.compiler.release");
            assertThat(release.value()).isEqualTo("17");
            assertThat(release.location()).isEqualTo(new Location(pom, 7, 29));
        });
        assertThat(settings.outputTimestamp()).map(Setting::location).map(Location::line).hasValue(8);
        assertThat(settings.target()).isEmpty();
        assertThat(settings.jib()).hasValueSatisfying(jib -> {
            assertThat(jib.plugin().line()).isEqualTo(12);
            assertThat(jib.fromImage()).map(Setting::value).hasValue("eclipse-temurin:17-jre");
            assertThat(jib.fromImage()).map(s -> s.location().line()).hasValue(18);
        });
    }

    @Test
    void the_compiler_plugins_release_wins_over_the_property() throws Exception {
        Path pom = dir.resolve("pom.xml");
        Model model = read(pom, """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>app</artifactId>
                  <version>1.0.0</version>
                  <properties>
                    <maven.compiler.release>21</maven.compiler.release>
                    <maven.compiler.target>21</maven.compiler.target>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.14.0</version>
                        <configuration>
                          <release>17</release>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """);
        model.getBuild().getPlugins().get(0).setGroupId("org.apache.maven.plugins");

        PomSettings settings = BuildSettings.of(project(pom, model));

        assertThat(settings.release()).hasValueSatisfying(release -> {
            assertThat(release.name()).isEqualTo("maven-compiler-plugin <release>");
            assertThat(release.subject()).isEqualTo("org.apache.maven.plugins:maven-compiler-plugin");
            assertThat(release.value()).isEqualTo("17");
            assertThat(release.location().line()).isEqualTo(16);
        });
        assertThat(settings.target()).map(Setting::value).hasValue("21");
        assertThat(settings.jib()).isEmpty();
        assertThat(settings.outputTimestamp()).isEmpty();
        assertThat(settings.pom()).isEqualTo(Location.of(pom));
    }

    @Test
    void an_inherited_property_is_located_in_the_parent_pom() throws Exception {
        Path parentPom = dir.resolve("pom.xml");
        Model parent = read(parentPom, """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>parent</artifactId>
                  <version>1.0.0</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
                  </properties>
                </project>
                """);
        Path childPom = dir.resolve("app/pom.xml");
        Model child = read(childPom, """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>com.acme</groupId>
                    <artifactId>parent</artifactId>
                    <version>1.0.0</version>
                  </parent>
                  <artifactId>app</artifactId>
                </project>
                """);
        Model effective = child.clone();
        effective.getProperties().putAll(parent.getProperties());
        MavenProject project = project(childPom, effective);
        project.setOriginalModel(child);
        project.setParent(project(parentPom, parent));

        PomSettings settings = BuildSettings.of(project);

        assertThat(settings.outputTimestamp()).hasValueSatisfying(timestamp -> {
            assertThat(timestamp.value()).isEqualTo("2026-01-01T00:00:00Z");
            assertThat(timestamp.location().file()).isEqualTo(parentPom);
            assertThat(timestamp.location().line()).isEqualTo(8);
        });
        assertThat(settings.pom()).isEqualTo(Location.of(childPom));
    }

    @Test
    void a_parent_resolved_from_a_repository_without_a_file_or_directory_is_searched()
            throws Exception {
        Path pom = dir.resolve("app/pom.xml");
        Model model = read(pom, """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>app</artifactId>
                  <version>1.0.0</version>
                </project>
                """);
        Model parentModel = read(dir.resolve("repository/platform-1.0.0.pom"), """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>platform</artifactId>
                  <version>1.0.0</version>
                  <properties>
                    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
                  </properties>
                </project>
                """);
        MavenProject parent = new MavenProject(parentModel);
        parent.setOriginalModel(parentModel.clone());
        MavenProject project = project(pom, model);
        project.setParent(parent);
        project.getProperties().setProperty(PomSettings.OUTPUT_TIMESTAMP, "2026-01-01T00:00:00Z");

        PomSettings settings = BuildSettings.of(project);

        assertThat(parent.getBasedir()).isNull();
        assertThat(settings.outputTimestamp()).hasValueSatisfying(timestamp -> {
            assertThat(timestamp.value()).isEqualTo("2026-01-01T00:00:00Z");
            assertThat(timestamp.location().file().getFileName()).isEqualTo(Path.of("platform-1.0.0.pom"));
            assertThat(timestamp.location().line()).isEqualTo(7);
        });
    }
}
