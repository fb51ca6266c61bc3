package ${package}.model;

import static org.assertj.core.api.Assertions.assertThat;

import ${package}.api.ScoreRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evaluates the packaged model on the shipped holdout set ({@code src/test/resources/holdout/holdout.csv}) and writes
 * {@code target/metrics.json}, the file the contract's performance thresholds are checked against.
 */
class EvaluationTest {

    private record Labelled(ScoreRequest request, boolean positive) {
    }

    @Test
    void evaluates_the_model_on_the_holdout_set_and_writes_metrics() throws IOException {
        ScoringModel model = ScoringModel.load();
        List<Labelled> holdout = holdout();
        double[] scores = new double[holdout.size()];
        long[] nanos = new long[holdout.size()];
        int correct = 0;
        for (int i = 0; i < holdout.size(); i++) {
            long start = System.nanoTime();
            scores[i] = model.score(holdout.get(i).request()).probability();
            nanos[i] = System.nanoTime() - start;
            if ((scores[i] >= 0.5) == holdout.get(i).positive()) {
                correct++;
            }
        }
        double auc = auc(scores, holdout);
        Arrays.sort(nanos);
        double p99LatencyMs = nanos[(int) Math.ceil(0.99 * nanos.length) - 1] / 1e6;

        ObjectMapper json = new ObjectMapper();
        ObjectNode metrics = json.createObjectNode();
        metrics.put("auc", round(auc));
        metrics.put("accuracy", round((double) correct / holdout.size()));
        metrics.putObject("latency").put("p99Ms", round(p99LatencyMs));
        metrics.put("holdoutRows", holdout.size());
        Path file = Path.of("target", "metrics.json");
        Files.createDirectories(file.getParent());
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), metrics);

        assertThat(auc).isBetween(0.0, 1.0);
        assertThat(file).exists();
    }

    /** Area under the ROC curve: the probability that a positive scores above a negative, ties counting half. */
    private static double auc(double[] scores, List<Labelled> holdout) {
        List<Double> positives = new ArrayList<>();
        List<Double> negatives = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            (holdout.get(i).positive() ? positives : negatives).add(scores[i]);
        }
        double wins = 0;
        for (double p : positives) {
            for (double n : negatives) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return wins / ((double) positives.size() * negatives.size());
    }

    /** The holdout rows: tenureMonths,monthlyCharges,supportTickets,contract,label (1 = positive). */
    private static List<Labelled> holdout() throws IOException {
        try (InputStream in = EvaluationTest.class.getResourceAsStream("/holdout/holdout.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            List<Labelled> rows = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.split(",");
                rows.add(new Labelled(new ScoreRequest("holdout-" + rows.size(), Integer.parseInt(f[0]),
                        Double.parseDouble(f[1]), Integer.parseInt(f[2]), f[3]), "1".equals(f[4])));
            }
            return rows;
        }
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
