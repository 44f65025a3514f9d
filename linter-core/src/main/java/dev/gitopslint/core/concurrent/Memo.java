package dev.gitopslint.core.concurrent;

import java.util.function.Supplier;

/** A value computed on first use, once, whichever thread asks first. */
public final class Memo<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private volatile T value;

    private Memo(Supplier<T> compute) {
        this.compute = compute;
    }

    public static <T> Memo<T> of(Supplier<T> compute) {
        return new Memo<>(compute);
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                if (value == null) {
                    value = compute.get();
                }
                result = value;
            }
        }
        return result;
    }
}
