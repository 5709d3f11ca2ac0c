package org.snegov.app.web;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value computed at most once per period: the registry's counts and charts scan whole tables, which a busy
 * page must not do on every request. Thread-safe; a stale value is served while none is computed yet.
 *
 * @param <T> the value's type
 */
final class ExpiringValue<T> {

    private final Supplier<T> compute;
    private final long periodNanos;
    private volatile T value;
    private volatile long computedAt;

    ExpiringValue(Supplier<T> compute, Duration period) {
        this.compute = compute;
        this.periodNanos = period.toNanos();
    }

    T get() {
        long now = System.nanoTime();
        T current = value;
        if (current == null || now - computedAt > periodNanos) {
            synchronized (this) {
                if (value == null || System.nanoTime() - computedAt > periodNanos) {
                    value = compute.get();
                    computedAt = System.nanoTime();
                }
                current = value;
            }
        }
        return current;
    }
}
