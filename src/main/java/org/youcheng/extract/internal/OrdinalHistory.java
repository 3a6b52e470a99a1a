package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ordinal states a total when a tie is new (X成为成都第71个国际友好合作关系城市: 71 then); several ordinals of one place
 * in an article (A是洛阳的第二个姊妹城市…，B是洛阳的第三个…) number its partners in the order they came, a history, and
 * none of them is the place's total. A count one less than a place's only ordinal counts its ties before that one.
 */
final class OrdinalHistory {

    private static final Pattern ORDINAL = Pattern.compile("第[0-9一二两三四五六七八九十百]+\\s*[个座对]");

    private OrdinalHistory() {}

    /** The totals found, less those written as ordinals of a place that has ordinals of two or more values. */
    static List<TotalFinder.Found> without(String text, List<TotalFinder.Found> found) {
        Map<Long, Set<Integer>> values = new HashMap<>();
        for (TotalFinder.Found f : found) {
            if (ordinal(text, f)) {
                values.computeIfAbsent(f.place().id(), k -> new HashSet<>()).add(value(f));
            }
        }
        if (values.isEmpty()) {
            return found;
        }
        List<TotalFinder.Found> out = new ArrayList<>(found.size());
        for (TotalFinder.Found f : found) {
            Set<Integer> v = values.get(f.place().id());
            boolean ordinal = v != null && ordinal(text, f);
            boolean history = ordinal && v.size() > 1;
            // X是北海市缔结的第七个友城 and 北海市已先后与A、B…等六个外国城市缔结友城: the six were before the seventh
            boolean before = v != null && !ordinal && v.size() == 1 && v.contains(value(f) + 1);
            if (!history && !before) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean ordinal(String text, TotalFinder.Found f) {
        return ChineseText.indexIn(text, "第", f.start(), f.end()) >= 0 // where every match begins
                && ORDINAL.matcher(text).region(f.start(), f.end()).find();
    }

    private static int value(TotalFinder.Found f) {
        for (Integer v : new Integer[] {f.sister(), f.partner(), f.allPartners()}) {
            if (v != null) {
                return v;
            }
        }
        return -1;
    }
}
