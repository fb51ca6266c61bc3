package com.acme.churn.api;

/**
 * One subscriber to score, as the feature store describes them.
 *
 * @param customerId the subscriber
 * @param tenureMonths months since the subscription started
 * @param monthlyCharges the monthly bill, in euros
 * @param supportTickets support tickets opened in the last 90 days
 * @param contract "monthly" or "annual"
 */
public record ScoreRequest(String customerId, int tenureMonths, double monthlyCharges, int supportTickets, String contract) {
}
