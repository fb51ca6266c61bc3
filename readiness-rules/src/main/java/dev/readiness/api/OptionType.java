package dev.readiness.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The type of a rule option: how it is read from the contract, its JSON Schema, and how its default is written.
 *
 * <p>Values cross this interface in the JSON data model as plain Java: an object is a {@code Map<String, ?>} (its
 * members in document order), an array a {@code List<?>}, a string a {@link String}, a number a {@link Number}
 * (whole numbers {@link Integer}, {@link Long} or {@link BigInteger}; others {@link Double} or {@link BigDecimal}),
 * {@code true}/{@code false} a {@link Boolean}, and {@code null} is {@code null}. A JSON Schema is such an object.
 *
 * @param <T> the Java type rules get
 */
public interface OptionType<T> {

    /**
     * Reads a value of the JSON data model; throws {@link IllegalArgumentException} whose message says what was
     * expected ("a whole number of at least 1").
     */
    T read(Object value);

    /** The JSON Schema of the value, a new modifiable map on every call. */
    Map<String, Object> schema();

    /** The value in the JSON data model, as {@link #read} accepts it. */
    Object write(T value);

    /** A ratio from 0 to 1 (coverage, {@code maxRatio}). */
    static OptionType<Double> ratio() {
        return new Simple<>(value -> {
            if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue()) || number.doubleValue() < 0
                    || number.doubleValue() > 1) {
                throw new IllegalArgumentException("a ratio from 0 to 1 (0.8 means 80%)");
            }
            return number.doubleValue();
        }, () -> object("type", "number", "minimum", 0, "maximum", 1), ratio -> ratio);
    }

    /** A whole number of at least {@code min}. */
    static OptionType<Long> wholeNumber(long min) {
        return new Simple<>(value -> {
            Long whole = wholeNumber(value);
            if (whole == null || whole < min) {
                throw new IllegalArgumentException("a whole number of at least " + min);
            }
            return whole;
        }, () -> object("type", "integer", "minimum", min), number -> number);
    }

    static OptionType<String> text() {
        return new Simple<>(value -> {
            if (!(value instanceof String text) || text.isBlank()) {
                throw new IllegalArgumentException("a non-empty string");
            }
            return text;
        }, () -> object("type", "string", "minLength", 1), text -> text);
    }

    static OptionType<Boolean> bool() {
        return new Simple<>(value -> {
            if (!(value instanceof Boolean bool)) {
                throw new IllegalArgumentException("true or false");
            }
            return bool;
        }, () -> object("type", "boolean"), bool -> bool);
    }

    static OptionType<String> oneOf(String... values) {
        List<String> valid = List.copyOf(Arrays.asList(values));
        return new Simple<>(value -> {
            if (!(value instanceof String text) || !valid.contains(text)) {
                throw new IllegalArgumentException("one of " + String.join(", ", valid));
            }
            return text;
        }, () -> object("type", "string", "enum", valid), text -> text);
    }

    static OptionType<List<String>> textList() {
        return list(text());
    }

    /** An array whose elements are all of one type. */
    static <E> OptionType<List<E>> list(OptionType<E> element) {
        return new Simple<>(value -> {
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
        }, () -> object("type", "array", "items", element.schema()), values -> {
            List<Object> written = new ArrayList<>();
            values.forEach(v -> written.add(element.write(v)));
            return written;
        });
    }

    /** A value read by a function, for option types a rule defines itself. */
    static <T> OptionType<T> of(Function<Object, T> reader, Supplier<Map<String, Object>> schema,
            Function<T, Object> writer) {
        return new Simple<>(reader, schema, writer);
    }

    /**
     * An object of the JSON data model from names and values in turn, its members in that order:
     * {@code object("type", "string", "minLength", 1)}. For schemas and written values of a rule's own option types.
     */
    static Map<String, Object> object(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs, found " + namesAndValues.length + " items");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("item " + i + " must be a member name, found " + namesAndValues[i]);
            }
            object.put(name, namesAndValues[i + 1]);
        }
        return object;
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

    /** An {@link OptionType} made of three functions. */
    record Simple<T>(Function<Object, T> reader, Supplier<Map<String, Object>> schemaSupplier,
            Function<T, Object> writer) implements OptionType<T> {
        @Override
        public T read(Object value) {
            return reader.apply(value);
        }

        @Override
        public Map<String, Object> schema() {
            return schemaSupplier.get();
        }

        @Override
        public Object write(T value) {
            return writer.apply(value);
        }
    }
}
