package org.youcheng.extract.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The foreign place an article is about (a foreign city's news of the gifts its Chinese partners sent): named in its
 * first lines and more often than any other foreign place, at least {@value #TIMES} times; else none.
 */
final class ForeignTopic {

    static final int TIMES = 3;
    /** How far into the article the topic must be named (its title and lead). */
    private static final int LEAD = 120;

    private ForeignTopic() {}

    static Mention of(Reading r) {
        Map<String, Integer> times = new HashMap<>();
        Map<String, Mention> first = new HashMap<>();
        for (Mention m : r.mentions) {
            if (m.foreign()) {
                String key = m.place() != null ? "#" + m.place().id() : m.name();
                times.merge(key, 1, Integer::sum);
                first.putIfAbsent(key, m);
            }
        }
        String best = null;
        boolean tie = false;
        for (var e : times.entrySet()) {
            int n = e.getValue();
            int b = best == null ? 0 : times.get(best);
            if (n > b) {
                best = e.getKey();
                tie = false;
            } else if (n == b) {
                tie = true;
            }
        }
        if (best == null || tie || times.get(best) < TIMES || first.get(best).start() > LEAD) {
            return null;
        }
        return first.get(best);
    }
}
