package dev.readiness.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's rule catalogue is rendered from the rules' descriptors, never typed by hand. Regenerate it with
 * {@code ./mvnw -pl readiness-rules test -Dtest=RuleCatalogueDocTest -DupdateDocs=true}.
 */
class RuleCatalogueDocTest {

    static final String START = "<!-- rule catalogue: generated from the rules, do not edit -->\n";
    static final String END = "<!-- end of rule catalogue -->";

    @Test
    void readme_catalogue_matches_the_registered_rules() throws IOException {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("README.md has the catalogue markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String rendered = RuleCatalogue.markdown(RuleRegistry.load(getClass().getClassLoader()));
        String current = text.substring(start + START.length(), end);
        if (Boolean.getBoolean("updateDocs") && !current.equals(rendered)) {
            Files.writeString(readme, text.substring(0, start + START.length()) + rendered + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(current)
                .as("README.md's rule catalogue is out of date; regenerate it with "
                        + "./mvnw -pl readiness-rules test -Dtest=RuleCatalogueDocTest -DupdateDocs=true")
                .isEqualTo(rendered);
    }

    @Test
    void catalogue_lists_every_rule_with_its_default_severity() {
        RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());
        String rendered = RuleCatalogue.markdown(registry);
        assertThat(rendered).contains("| `structure.forbidden-files` | error |", "| `documentation.readme` | off |");
        assertThat(rendered.lines().filter(l -> l.startsWith("| `"))).hasSize(registry.ids().size());
    }
}
