package dev.readiness.api;

import java.util.Objects;

/**
 * A rule option: its name in the contract, type, default and description, declared once on the rule. The contract's
 * JSON Schema, the docs and {@code contract.no-loosening} are derived from these declarations.
 *
 * @param strictness which way of changing the value makes the rule stricter
 */
public record Option<T>(String name, OptionType<T> type, T defaultValue, String description, Strictness strictness) {

    /** Which change of an option tightens a rule; the opposite change loosens it. */
    public enum Strictness {
        /** A higher value is stricter ({@code min}, coverage floors). */
        HIGHER,
        /** A lower value is stricter ({@code max}, {@code maxRatio}, {@code maxBytes}). */
        LOWER,
        /** More list elements are stricter (banned patterns, required files); removing one loosens. */
        MORE,
        /** Fewer list elements are stricter (exclusions); adding one loosens. */
        FEWER,
        /** Changing it neither tightens nor loosens (a report path, a mode). */
        NEITHER
    }

    public Option {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(strictness, "strictness");
    }

    public static <T> Option<T> of(String name, OptionType<T> type, T defaultValue, Strictness strictness, String description) {
        return new Option<>(name, type, defaultValue, description, strictness);
    }
}
