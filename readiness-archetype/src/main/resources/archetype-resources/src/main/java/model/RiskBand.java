package ${package}.model;

/** The bands downstream consumers act on. */
public final class RiskBand {

    static final double HIGH = 0.6;
    static final double MEDIUM = 0.3;

    private RiskBand() {
    }

    public static String of(double probability) {
        if (probability >= HIGH) {
            return "high";
        }
        return probability >= MEDIUM ? "medium" : "low";
    }
}
