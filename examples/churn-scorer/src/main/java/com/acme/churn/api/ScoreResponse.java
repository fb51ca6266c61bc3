package com.acme.churn.api;

/**
 * The churn score of one subscriber.
 *
 * @param customerId the subscriber
 * @param churnProbability probability of cancelling within 30 days, 0 to 1
 * @param riskBand "low", "medium" or "high", the band the retention campaign acts on
 * @param modelVersion the model that produced the score
 */
public record ScoreResponse(String customerId, double churnProbability, String riskBand, String modelVersion) {
}
