package dev.readiness.facts;

import java.util.function.Supplier;

/** Computes a value once, on first use, from any thread; later calls get the same value. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> supplier;
    private volatile T value;

    private Lazy(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    static <T> Lazy<T> of(Supplier<T> supplier) {
        return supplier instanceof Lazy<T> lazy ? lazy : new Lazy<>(supplier);
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = supplier.get();
                    value = result;
                }
            }
        }
        return result;
    }
}
