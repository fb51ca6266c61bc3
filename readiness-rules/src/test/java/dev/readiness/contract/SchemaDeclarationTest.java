package dev.readiness.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.contract.Contract.Samples;
import dev.readiness.contract.Contract.SchemaDeclaration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A schema declaration's equality, written out: the module's schemas are read once per distinct declarations. */
class SchemaDeclarationTest {

    private static final Samples SAMPLES = new Samples(List.of("valid/*.json"), List.of("invalid/*.json"));
    private static final SchemaDeclaration DECLARATION =
            new SchemaDeclaration("request", "input", "request.schema.json", SAMPLES);

    @Test
    void equal_declarations_are_equal_and_hash_alike() {
        SchemaDeclaration same = new SchemaDeclaration("request", "input", "request.schema.json",
                new Samples(List.of("valid/*.json"), List.of("invalid/*.json")));

        assertThat(same).isEqualTo(DECLARATION).hasSameHashCodeAs(DECLARATION);
        assertThat(new SchemaDeclaration(null, null, null, null))
                .isEqualTo(new SchemaDeclaration("", "", "", new Samples(List.of(), List.of())));
    }

    @Test
    void declarations_differing_in_any_component_differ() {
        assertThat(List.of(
                new SchemaDeclaration("response", "input", "request.schema.json", SAMPLES),
                new SchemaDeclaration("request", "output", "request.schema.json", SAMPLES),
                new SchemaDeclaration("request", "input", "response.schema.json", SAMPLES),
                new SchemaDeclaration("request", "input", "request.schema.json",
                        new Samples(List.of("valid/*.json"), List.of())),
                new SchemaDeclaration("request", "input", "request.schema.json",
                        new Samples(List.of(), List.of("invalid/*.json")))))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(DECLARATION));
        assertThat(DECLARATION).isNotEqualTo(SAMPLES).isNotEqualTo(null);
        assertThat(SAMPLES).isNotEqualTo(new Samples(List.of("invalid/*.json"), List.of("valid/*.json")));
    }
}
