package dev.readiness.maven.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationLinesTest {

    private static final String POM = """
            <project>
              <build>
                <plugins>
                  <plugin>
                    <artifactId>maven-surefire-plugin</artifactId>
                    <configuration>
                      <release>11</release>
                    </configuration>
                  </plugin>
                  <plugin>
                    <artifactId>jib-maven-plugin</artifactId>
                    <configuration>
                      <to>
                        <image>registry.acme.example/app</image>
                      </to>
                      <from>
                        <platforms><image>ignored</image></platforms>
                        <image>eclipse-temurin:17-jre</image>
                      </from>
                    </configuration>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    @TempDir
    Path dir;

    @Test
    void finds_the_nested_element_below_the_configuration_that_starts_on_the_known_line() throws IOException {
        Path pom = Files.writeString(dir.resolve("pom.xml"), POM);

        assertThat(ConfigurationLines.refine(new Location(pom, 12, 0), List.of("from", "image")).line()).isEqualTo(18);
        assertThat(ConfigurationLines.refine(new Location(pom, 6, 0), List.of("release")).line()).isEqualTo(7);
    }

    @Test
    void keeps_the_configuration_line_when_the_element_is_not_there_or_the_file_is_unreadable() throws IOException {
        Path pom = Files.writeString(dir.resolve("pom.xml"), POM);
        Location surefire = new Location(pom, 6, 0);
        Location missing = new Location(dir.resolve("gone.xml"), 6, 0);
        Path broken = Files.writeString(dir.resolve("broken.xml"), "<project>\n<configuration>\n<release");

        // <release> of another plugin's configuration is never taken for this one's.
        assertThat(ConfigurationLines.refine(surefire, List.of("target"))).isEqualTo(surefire);
        assertThat(ConfigurationLines.refine(missing, List.of("release"))).isEqualTo(missing);
        assertThat(ConfigurationLines.refine(new Location(broken, 2, 0), List.of("release")))
                .isEqualTo(new Location(broken, 2, 0));
    }
}
