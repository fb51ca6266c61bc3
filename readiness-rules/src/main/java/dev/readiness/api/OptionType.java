package dev.readiness.api;

import java.math.BigDecimal;
import java.math.BigInteger;
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
        return BuiltInOptionTypes.RATIO;
    }

    /** A whole number of at least {@code min}. */
    static OptionType<Long> wholeNumber(long min) {
        return new BuiltInOptionTypes.WholeNumber(min);
    }

    static OptionType<String> text() {
        return BuiltInOptionTypes.TEXT;
    }

    static OptionType<Boolean> bool() {
        return BuiltInOptionTypes.BOOL;
    }

    static OptionType<String> oneOf(String... values) {
        return new BuiltInOptionTypes.OneOf(List.copyOf(Arrays.asList(values)));
    }

    static OptionType<List<String>> textList() {
        return list(text());
    }

    /** An array whose elements are all of one type. */
    static <E> OptionType<List<E>> list(OptionType<E> element) {
        return new BuiltInOptionTypes.ListOf<>(element);
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
