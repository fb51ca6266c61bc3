package dev.readiness.core;

import java.util.Optional;
import java.util.function.Function;

/**
 * A fact that may be missing. Missing evidence carries the reason, so that a rule reports it instead of treating an
 * absent report as an empty one.
 */
public sealed interface Evidence<T> {

    static <T> Evidence<T> of(T value) {
        return new Present<>(value);
    }

    static <T> Evidence<T> missing(String reason, String hint) {
        return new Missing<>(reason, hint, Optional.empty());
    }

    static <T> Evidence<T> missing(String reason, String hint, Location location) {
        return new Missing<>(reason, hint, Optional.of(location));
    }

    /** The evidence could not be read because the input is wrong. */
    static <T> Evidence<T> unreadable(InvalidInputException error) {
        return new Missing<>(error.problem(), error.fix(), error.location());
    }

    boolean isPresent();

    /** The value; only call after {@link #isPresent()}. */
    T value();

    default <R> Evidence<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Present<T> present) {
            return new Present<>(mapper.apply(present.value()));
        }
        return asMissing();
    }

    /**
     * This missing evidence as missing evidence of another type, with the same reason, hint and location, for a fact
     * that cannot be had without it; only call when it is missing.
     */
    default <R> Evidence<R> asMissing() {
        Missing<T> missing = (Missing<T>) this;
        return new Missing<>(missing.reason(), missing.hint(), missing.location());
    }

    record Present<T>(T value) implements Evidence<T> {
        @Override
        public boolean isPresent() {
            return true;
        }
    }

    record Missing<T>(String reason, String hint, Optional<Location> location) implements Evidence<T> {
        @Override
        public boolean isPresent() {
            return false;
        }

        @Override
        public T value() {
            throw new IllegalStateException("evidence is missing: " + reason);
        }
    }
}
