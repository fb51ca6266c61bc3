package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ${package}.model.ScoringModel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreCliTest {

    @Test
    void scores_one_json_line_per_request_and_skips_blank_lines() throws IOException {
        String input = """
                {"id":"c-1","tenureMonths":3,"monthlyCharges":89.5,"supportTickets":2,"contract":"monthly"}

                {"id":"c-2","tenureMonths":48,"monthlyCharges":35.0,"supportTickets":0,"contract":"annual"}
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ScoreCli.run(ScoringModel.load(), new BufferedReader(new StringReader(input)), out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.path("id").asText()).isEqualTo("c-1");
        assertThat(first.path("band").asText()).isEqualTo("high");
        assertThat(first.path("modelVersion").asText()).isEqualTo("0.1.0");
    }

    /** The failure mode "malformed request line" of readiness.json: the batch stops instead of scoring it. */
    @Test
    void stops_on_a_malformed_request_line_without_scoring_it() {
        String input = "{\"id\":\"c-1\",\"tenureMonths\":\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertThatThrownBy(() -> ScoreCli.run(ScoringModel.load(), new BufferedReader(new StringReader(input)), out))
                    .isInstanceOf(JsonProcessingException.class);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
