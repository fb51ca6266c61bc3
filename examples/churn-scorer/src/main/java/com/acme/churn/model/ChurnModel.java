package com.acme.churn.model;

import com.acme.churn.api.ScoreRequest;
import com.acme.churn.api.ScoreResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A logistic-regression churn model, its coefficients exported from the training notebook as JSON. */
public final class ChurnModel {

    static final String RESOURCE = "/model/churn-model.json";

    private final String version;
    private final double intercept;
    private final double tenureMonths;
    private final double monthlyCharges;
    private final double supportTickets;
    private final double annualContract;

    ChurnModel(String version, double intercept, double tenureMonths, double monthlyCharges, double supportTickets,
            double annualContract) {
        this.version = version;
        this.intercept = intercept;
        this.tenureMonths = tenureMonths;
        this.monthlyCharges = monthlyCharges;
        this.supportTickets = supportTickets;
        this.annualContract = annualContract;
    }

    /** Loads the packaged model. */
    public static ChurnModel load() {
        try (InputStream in = ChurnModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("model file " + RESOURCE + " is not on the class path");
            }
            JsonNode model = new ObjectMapper().readTree(in);
            JsonNode weights = model.path("weights");
            return new ChurnModel(model.path("modelVersion").asText(), model.path("intercept").asDouble(),
                    weights.path("tenureMonths").asDouble(), weights.path("monthlyCharges").asDouble(),
                    weights.path("supportTickets").asDouble(), weights.path("annualContract").asDouble());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + RESOURCE, e);
        }
    }

    public String version() {
        return version;
    }

    public ScoreResponse score(ScoreRequest request) {
        validate(request);
        double z = intercept
                + tenureMonths * request.tenureMonths()
                + monthlyCharges * request.monthlyCharges()
                + supportTickets * request.supportTickets()
                + annualContract * ("annual".equals(request.contract()) ? 1 : 0);
        double probability = 1 / (1 + Math.exp(-z));
        return new ScoreResponse(request.customerId(), probability, RiskBand.of(probability), version);
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
