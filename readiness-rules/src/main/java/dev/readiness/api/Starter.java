package dev.readiness.api;

import dev.readiness.core.Evidence;
import dev.readiness.facts.Facts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a rule contributes to the starter contract {@code readiness:init} writes: option values measured from the project
 * as it is (floors that the project passes today) and the comment lines above the rule's entry. With no setting the
 * entry is shown commented out with the rule's defaults; with settings it is in force with those values.
 *
 * @param settings the options to set, in the order they are written
 * @param comments lines shown above the entry, after the rule's summary
 */
public record Starter(List<Setting<?>> settings, List<String> comments) {

    /** The placeholder that the rules reject until a person replaces it. */
    public static final String PLACEHOLDER = "TODO";

    /** Nothing to measure: the rule is shown with its defaults. */
    public static final Starter NONE = new Starter(List.of(), List.of());

    public Starter {
        settings = List.copyOf(settings);
        comments = List.copyOf(comments);
    }

    /** An option and the value the starter contract gives it. */
    public record Setting<T>(Option<T> option, T value) {
        public Setting {
            Objects.requireNonNull(option, "option");
            Objects.requireNonNull(value, "value");
        }
    }

    /** How a rule looks at the project for its starter entry; reads only the facts, which read the module. */
    @FunctionalInterface
    public interface Measure {
        Starter of(Facts facts);
    }

    /** An entry shown with its defaults, under these comment lines. */
    public static Starter note(String... comments) {
        return new Starter(List.of(), List.of(comments));
    }

    /** An entry in force with this option set. */
    public static <T> Starter set(Option<T> option, T value, String... comments) {
        return new Starter(List.of(new Setting<>(option, value)), List.of(comments));
    }

    /** This entry with one more option set. */
    public <T> Starter and(Option<T> option, T value) {
        List<Setting<?>> more = new ArrayList<>(settings);
        more.add(new Setting<>(option, value));
        return new Starter(more, comments);
    }

    /** A ratio rounded down to two decimals, so that the measured state passes its own floor. */
    public static double roundedDown(double ratio) {
        return BigDecimal.valueOf(ratio).setScale(2, RoundingMode.FLOOR).doubleValue();
    }

    /** Why evidence is missing, for a "Not measured" comment. */
    public static String missingReason(Evidence<?> evidence) {
        return evidence instanceof Evidence.Missing<?> missing ? missing.reason() : "not found";
    }
}
