package ${package}.api;

/**
 * The model's answer for one request, as the JSON Schema {@code schemas/score-response.schema.json} describes it.
 *
 * @param id the entity that was scored
 * @param probability the predicted probability, 0 to 1
 * @param band "low", "medium" or "high", the band downstream consumers act on
 * @param modelVersion the model that produced the score
 */
public record ScoreResponse(String id, double probability, String band, String modelVersion) {
}
