package org.youcheng.registry;

import java.util.ArrayList;
import java.util.List;

/** The codes and arguments of a resolution's note, for tests that ask what the resolver said rather than its words. */
final class NoteCodes {

    private NoteCodes() {}

    /** The codes of the note's clauses, in order. */
    static List<String> codes(PlaceResolver.Resolution r) {
        return r.notes().stream().map(ResolverNote::code).toList();
    }

    /** Every code in the note, nested ones (places, levels, lists) included, depth first. */
    static List<String> all(PlaceResolver.Resolution r) {
        List<String> out = new ArrayList<>();
        r.notes().forEach(n -> collect(n, out));
        return out;
    }

    /** The clause of this code (the first), or an error when the note has none. */
    static ResolverNote clause(PlaceResolver.Resolution r, String code) {
        return r.notes().stream()
                .filter(n -> n.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no clause " + code + " in " + codes(r)));
    }

    private static void collect(ResolverNote n, List<String> out) {
        out.add(n.code());
        n.args().forEach(a -> {
            if (a instanceof ResolverNote inner) {
                collect(inner, out);
            }
        });
    }
}
