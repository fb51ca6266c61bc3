package com.acme.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The failure mode "malformed request line" of readiness.json: the batch stops with the parse error (the job fails and
 * its alert fires) instead of scoring a request it could not read.
 */
class ScoreCliMalformedRequestTest {

    private final InputStream stdin = System.in;
    private final PrintStream stdout = System.out;

    @AfterEach
    void restore() {
        System.setIn(stdin);
        System.setOut(stdout);
    }

    @Test
    void stops_on_a_malformed_request_line_without_scoring_it() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream("{\"customerId\": \"c-1\", \"tenureMonths\": \n".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> ScoreCli.main(new String[0])).isInstanceOf(JsonProcessingException.class);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
