package dev.readiness.facts;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Computes a value once, on first use, from any thread; later calls get the same value (or the same exception). A
 * thread that asks while another computes it waits; in a fork-join pool it waits as a managed blocker, so the pool
 * runs other rules on another thread meanwhile instead of leaving a core idle. A subclass says how the value is
 * computed; {@link #of} makes one of a supplier.
 */
abstract class Lazy<T> implements Supplier<T> {

    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    /** Computes the value; called at most once. */
    protected abstract T compute();

    static <T> Lazy<T> of(Supplier<T> supplier) {
        return supplier instanceof Lazy<T> lazy ? lazy : new OfSupplier<>(supplier);
    }

    @Override
    public T get() {
        if (!result.isDone() && started.compareAndSet(false, true)) {
            try {
                result.complete(compute());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static final class OfSupplier<T> extends Lazy<T> {

        private final Supplier<T> supplier;

        OfSupplier(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        @Override
        protected T compute() {
            return supplier.get();
        }
    }
}
