package org.youcheng.analytics;

import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A value and the state of the tie table it was computed from; computed again when the ties change. */
final class Cached<T> {

    private static final String STATE = """
            select count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(max(updated_at), current_timestamp)
            from tie""";

    private record Entry<T>(String state, T value) {
    }

    private volatile Entry<T> entry;

    /** The tie table's size, last id and last change: what every figure here depends on. */
    static String tieTableState(JdbcClient db) {
        return db.sql(STATE).query(String.class).single();
    }

    T get(String state, Supplier<T> compute) {
        Entry<T> e = entry;
        if (e == null || !Objects.equals(e.state(), state)) {
            e = new Entry<>(state, compute.get());
            entry = e;
        }
        return e.value();
    }
}
