package com.acme.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Finding;
import dev.readiness.api.RuleResult;
import dev.readiness.contract.ContractLoader;
import dev.readiness.contract.ContractSource;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Gate;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.core.Status;
import dev.readiness.engine.Engine;
import dev.readiness.engine.RuleRegistry;
import dev.readiness.facts.Facts;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.readers.FileReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule as the plugin runs it, without Maven: a module in a temporary directory, its {@code readiness.json} read by
 * the real contract loader (which checks the rule's options against its descriptor) and the real engine.
 */
class ModelCardTest {

    private static final String COMPLETE = """
            # Churn scorer

            ## Intended use
            Ranks subscribers for the retention campaign.

            LIMITATIONS
            -----------
            Not calibrated for business accounts.

            ### Training data ###
            Twelve months of subscriptions.
            """;

    @TempDir
    Path dir;

    @Test
    void is_registered_through_the_service_loader_beside_the_built_in_rules() {
        RuleRegistry registry = RuleRegistry.load(ModelCardTest.class.getClassLoader());

        assertThat(registry.rule(ModelCard.ID)).get().isInstanceOf(ModelCard.class);
        assertThat(registry.ids()).contains("documentation.readme", ModelCard.ID);
    }

    @Test
    void passes_when_every_section_has_a_heading_of_any_style_and_case() throws IOException {
        write("MODEL_CARD.md", COMPLETE);

        RuleResult result = check("{\"contract\": 1}");

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void fails_for_each_missing_section_with_the_section_as_subject() throws IOException {
        write("MODEL_CARD.md", "# Churn scorer\n\n## Intended use\n\nLimitations are in the wiki.\n");

        RuleResult result = check("{\"contract\": 1}");

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.findings()).extracting(Finding::message).containsExactly(
                "the model card has no \"Limitations\" section", "the model card has no \"Training data\" section");
        assertThat(result.findings()).extracting(Finding::subject).containsExactly("Limitations", "Training data");
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.location()).contains(Location.of(dir.resolve("MODEL_CARD.md")));
            assertThat(f.hint()).startsWith("add a heading \"## ");
        });
    }

    @Test
    void fails_when_there_is_no_model_card_and_points_at_the_contract() throws IOException {
        RuleResult result = check("""
                {
                  "contract": 1,
                  "rules": {
                    "acme.model-card": {"file": "docs/CARD.md"}
                  }
                }
                """);

        assertThat(result.status()).isEqualTo(Status.FAIL);
        Finding finding = result.findings().get(0);
        assertThat(finding.message()).isEqualTo("there is no model card docs/CARD.md");
        assertThat(finding.hint()).isEqualTo("add docs/CARD.md with the sections Intended use, Limitations, Training data");
        assertThat(finding.location()).get().satisfies(at -> {
            assertThat(at.file()).isEqualTo(dir.resolve("readiness.json"));
            assertThat(at.line()).isEqualTo(4);
        });
    }

    @Test
    void checks_the_sections_the_contract_names_in_the_file_it_names() throws IOException {
        write("docs/CARD.md", "# Card\n\n## Intended use\n## Owners\n");

        RuleResult result = check("""
                {
                  "contract": 1,
                  "rules": {
                    "acme.model-card": {"file": "docs/CARD.md", "sections": ["Intended use", "Owners", "Ethics"]}
                  }
                }
                """);

        assertThat(result.findings()).extracting(Finding::message)
                .containsExactly("the model card has no \"Ethics\" section");
    }

    @Test
    void fails_at_the_contract_severity_warn_as_a_warning() throws IOException {
        RuleResult result = check("{\"contract\": 1, \"rules\": {\"acme.model-card\": \"warn\"}}");

        assertThat(result.status()).isEqualTo(Status.WARN);
    }

    @Test
    void rejects_an_unknown_option_naming_the_one_meant() throws IOException {
        write("MODEL_CARD.md", COMPLETE);

        assertThatThrownBy(() -> check("{\"contract\": 1, \"rules\": {\"acme.model-card\": {\"section\": [\"Ethics\"]}}}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rule \"acme.model-card\" has no option \"section\"; did you mean \"sections\"?");
    }

    @Test
    void fails_for_a_model_card_outside_the_repository_and_says_so() throws IOException {
        RuleResult result = check("{\"contract\": 1, \"rules\": {\"acme.model-card\": {\"file\": \"../CARD.md\"}}}");

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.findings()).extracting(Finding::message)
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("the model card path '../CARD.md' leaves the project");
    }

    private RuleResult check(String contractJson) throws IOException {
        write("readiness.json", contractJson);
        ClassLoader loader = ModelCardTest.class.getClassLoader();
        LoadedContract contract = new ContractLoader(loader)
                .load(ContractSource.file(dir.resolve("readiness.json")), Optional.empty());
        Facts facts = FileReaders.facts(ProjectInfo.standard("com.acme", "churn", "1.0.0-SNAPSHOT", dir)).build();
        Engine engine = new Engine(new RuleRegistry(List.of(new ModelCard())));
        return engine.evaluate(contract, facts, Gate.DEFAULT, "tests", LocalDate.of(2026, 6, 1)).results().stream()
                .filter(r -> r.rule().equals(ModelCard.ID)).findFirst().orElseThrow();
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
