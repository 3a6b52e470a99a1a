package org.youcheng.analytics.internal;

import java.util.Objects;
import java.util.function.Supplier;

/** A value and the state of the data it was computed from (the tie table's, say); computed again when it changes. */
public final class Cached<T> {

    private record Entry<T>(String state, T value) {}

    private volatile Entry<T> entry;

    public T get(String state, Supplier<T> compute) {
        Entry<T> e = entry;
        if (e == null || !Objects.equals(e.state(), state)) {
            e = new Entry<>(state, compute.get());
            entry = e;
        }
        return e.value();
    }
}
