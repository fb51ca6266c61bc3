package com.acme.churn;

import com.acme.churn.api.ScoreRequest;
import com.acme.churn.api.ScoreResponse;
import com.acme.churn.model.ChurnModel;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Batch entry point: reads one score request per line (JSON) on stdin, writes one response per line on stdout. */
public final class ScoreCli {

    private ScoreCli() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ChurnModel model = ChurnModel.load();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    ScoreResponse response = model.score(json.readValue(line, ScoreRequest.class));
                    out.println(json.writeValueAsString(response));
                }
            }
        }
    }
}
