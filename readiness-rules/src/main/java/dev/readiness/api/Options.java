package dev.readiness.api;

import java.util.Map;

/** A rule's option values as the contract sets them, defaults filled in, already type-checked. */
public final class Options {

    private final Map<String, Object> values;

    public Options(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public static Options defaults() {
        return new Options(Map.of());
    }

    /** The value set in the contract, or the option's default. */
    @SuppressWarnings("unchecked")
    public <T> T get(Option<T> option) {
        Object value = values.get(option.name());
        return value == null ? option.defaultValue() : (T) value;
    }

    /** True when the contract sets this option rather than leaving the default. */
    public boolean isSet(Option<?> option) {
        return values.containsKey(option.name());
    }
}
