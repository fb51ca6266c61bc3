package ${package};

import ${package}.api.ScoreRequest;
import ${package}.model.ScoringModel;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Batch entry point (the contract's {@code entryPoint}): reads one score request per line (JSON) on stdin and writes
 * one response per line on stdout.
 */
public final class ScoreCli {

    private ScoreCli() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            run(ScoringModel.load(), in, out);
        }
    }

    static void run(ScoringModel model, BufferedReader in, PrintStream out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                out.println(json.writeValueAsString(model.score(json.readValue(line, ScoreRequest.class))));
            }
        }
    }
}
