package ${package}.api;

/**
 * One subscriber to score: the model's input, as the JSON Schema {@code schemas/score-request.schema.json} describes it.
 * Replace the fields with your model's features and keep the schema and its samples in step.
 *
 * @param id the entity being scored
 * @param tenureMonths months since the subscription started
 * @param monthlyCharges the monthly bill
 * @param supportTickets support tickets opened in the last 90 days
 * @param contract "monthly" or "annual"
 */
public record ScoreRequest(String id, int tenureMonths, double monthlyCharges, int supportTickets, String contract) {
}
