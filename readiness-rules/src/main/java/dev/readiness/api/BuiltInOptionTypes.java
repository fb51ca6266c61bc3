package dev.readiness.api;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The option types {@link OptionType} offers, each a class of its own rather than three functions: every rule's
 * options are made when the plugin starts, and in a fresh JVM a lambda costs more to link than a class to load.
 */
final class BuiltInOptionTypes {

    static final OptionType<Double> RATIO = new Ratio();
    static final OptionType<String> TEXT = new Text();
    static final OptionType<Boolean> BOOL = new Bool();

    private BuiltInOptionTypes() {
    }

    /** A type whose values are written as they are read: a number, a string, a boolean. */
    private abstract static class Plain<T> implements OptionType<T> {
        @Override
        public Object write(T value) {
            return value;
        }
    }

    private static final class Ratio extends Plain<Double> {
        @Override
        public Double read(Object value) {
            if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue()) || number.doubleValue() < 0
                    || number.doubleValue() > 1) {
                throw new IllegalArgumentException("a ratio from 0 to 1 (0.8 means 80%)");
            }
            return number.doubleValue();
        }

        @Override
        public Map<String, Object> schema() {
            return OptionType.object("type", "number", "minimum", 0, "maximum", 1);
        }
    }

    static final class WholeNumber extends Plain<Long> {
        private final long min;

        WholeNumber(long min) {
            this.min = min;
        }

        @Override
        public Long read(Object value) {
            Long whole = wholeNumber(value);
            if (whole == null || whole < min) {
                throw new IllegalArgumentException("a whole number of at least " + min);
            }
            return whole;
        }

        @Override
        public Map<String, Object> schema() {
            return OptionType.object("type", "integer", "minimum", min);
        }

        /** The whole number a JSON value holds when it is one that fits a {@code long}, else {@code null}. */
        private static Long wholeNumber(Object value) {
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return ((Number) value).longValue();
            }
            if (value instanceof BigInteger big && big.bitLength() < Long.SIZE) {
                return big.longValue();
            }
            return null;
        }
    }

    private static final class Text extends Plain<String> {
        @Override
        public String read(Object value) {
            if (!(value instanceof String text) || text.isBlank()) {
                throw new IllegalArgumentException("a non-empty string");
            }
            return text;
        }

        @Override
        public Map<String, Object> schema() {
            return OptionType.object("type", "string", "minLength", 1);
        }
    }

    private static final class Bool extends Plain<Boolean> {
        @Override
        public Boolean read(Object value) {
            if (!(value instanceof Boolean bool)) {
                throw new IllegalArgumentException("true or false");
            }
            return bool;
        }

        @Override
        public Map<String, Object> schema() {
            return OptionType.object("type", "boolean");
        }
    }

    static final class OneOf extends Plain<String> {
        private final List<String> valid;

        OneOf(List<String> valid) {
            this.valid = valid;
        }

        @Override
        public String read(Object value) {
            if (!(value instanceof String text) || !valid.contains(text)) {
                throw new IllegalArgumentException("one of " + String.join(", ", valid));
            }
            return text;
        }

        @Override
        public Map<String, Object> schema() {
            return OptionType.object("type", "string", "enum", valid);
        }
    }

    /** An array whose elements are all of one type. */
    static final class ListOf<E> implements OptionType<List<E>> {
        private final OptionType<E> element;

        ListOf(OptionType<E> element) {
            this.element = element;
        }

        @Override
        public List<E> read(Object value) {
            if (!(value instanceof List<?> list)) {
                throw new IllegalArgumentException("an array");
            }
            List<E> values = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                try {
                    values.add(element.read(list.get(i)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("an array whose element " + i + " is " + e.getMessage(), e);
                }
            }
            return List.copyOf(values);
        }

        @Override
        public Map<String, Object> schema() {
            return OptionType.object("type", "array", "items", element.schema());
        }

        @Override
        public Object write(List<E> values) {
            List<Object> written = new ArrayList<>();
            for (E value : values) {
                written.add(element.write(value));
            }
            return written;
        }
    }
}
