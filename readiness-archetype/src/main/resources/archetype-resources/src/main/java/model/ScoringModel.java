package ${package}.model;

import ${package}.api.ScoreRequest;
import ${package}.api.ScoreResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A logistic-regression model whose coefficients were exported from training as JSON
 * ({@code src/main/resources/model/model.json}). Replace it with your own model; keep it behind
 * {@link #score(ScoreRequest)} so the API, the schemas and the tests stay the contract.
 */
public final class ScoringModel {

    static final String RESOURCE = "/model/model.json";

    private final String version;
    private final double intercept;
    private final double tenureMonths;
    private final double monthlyCharges;
    private final double supportTickets;
    private final double annualContract;

    ScoringModel(String version, double intercept, double tenureMonths, double monthlyCharges, double supportTickets,
            double annualContract) {
        this.version = version;
        this.intercept = intercept;
        this.tenureMonths = tenureMonths;
        this.monthlyCharges = monthlyCharges;
        this.supportTickets = supportTickets;
        this.annualContract = annualContract;
    }

    /** Loads the packaged model. */
    public static ScoringModel load() {
        return load(RESOURCE);
    }

    static ScoringModel load(String resource) {
        try (InputStream in = ScoringModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model file " + resource + " is not on the class path");
            }
            JsonNode model = new ObjectMapper().readTree(in);
            JsonNode weights = model.path("weights");
            return new ScoringModel(model.path("modelVersion").asText(), model.path("intercept").asDouble(),
                    weights.path("tenureMonths").asDouble(), weights.path("monthlyCharges").asDouble(),
                    weights.path("supportTickets").asDouble(), weights.path("annualContract").asDouble());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + resource, e);
        }
    }

    public String version() {
        return version;
    }

    /** Scores one request; rejects requests the schema would reject, so bad input never yields a number. */
    public ScoreResponse score(ScoreRequest request) {
        validate(request);
        double z = intercept
                + tenureMonths * request.tenureMonths()
                + monthlyCharges * request.monthlyCharges()
                + supportTickets * request.supportTickets()
                + annualContract * ("annual".equals(request.contract()) ? 1 : 0);
        double probability = 1 / (1 + Math.exp(-z));
        return new ScoreResponse(request.id(), probability, RiskBand.of(probability), version);
    }

    private static void validate(ScoreRequest request) {
        if (request.tenureMonths() < 0 || request.monthlyCharges() < 0 || request.supportTickets() < 0) {
            throw new IllegalArgumentException("features must not be negative: " + request);
        }
        if (!"monthly".equals(request.contract()) && !"annual".equals(request.contract())) {
            throw new IllegalArgumentException("contract must be monthly or annual, was " + request.contract());
        }
    }
}
