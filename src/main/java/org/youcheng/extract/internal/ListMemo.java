package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.youcheng.registry.Gazetteer;

/**
 * What the readers of lists and tables work out once per article however many of its rows read it again: each row
 * reads upward over the rows before it, so a long official list would otherwise be read once per row (a table of 400
 * partners some 160,000 times).
 */
final class ListMemo {

    /** The lines above rows as {@link ListHeading} reads them, by their start and end. */
    private final Map<Long, ListHeading.Line> lines = new HashMap<>();
    /** By the start of a row: the header row of its table that names the two sides, if any. */
    final Map<Integer, Optional<SidesTablePattern.Header>> headers = new HashMap<>();
    /** By the start of a row: the Chinese place that begins the nearest row above it in its list, if any. */
    private final Map<Integer, Optional<Gazetteer.Entry>> rowPlaces = new HashMap<>();

    ListHeading.Line line(String t, int start, int end) {
        return lines.computeIfAbsent((long) start << 32 | end, key -> ListHeading.Line.of(t, start, end));
    }

    /**
     * The Chinese place that begins the nearest row above the row at {@code ls}, the rows read up to a blank line or
     * prose; null when none does. Kept for every row walked over.
     */
    Gazetteer.Entry placeAbove(Sentence s, int ls) {
        String t = s.text;
        List<Integer> walked = new ArrayList<>();
        Gazetteer.Entry found = null;
        for (int end = ls - 1; ; ) {
            Optional<Gazetteer.Entry> known = rowPlaces.get(end + 1);
            if (known != null) {
                found = known.orElse(null);
                break;
            }
            walked.add(end + 1);
            int start = end > 0 ? ChineseText.lineStart(t, end) : 0;
            ListHeading.Line line = end > 0 ? line(t, start, end) : null;
            if (line == null || line.blank() || !line.row()) {
                break;
            }
            Mention first = Mention.startingAt(s.r.mentions, start);
            if (first != null && first.domestic() && s.home(first) != null) {
                found = s.home(first);
                break;
            }
            end = start - 1;
        }
        for (int at : walked) {
            rowPlaces.put(at, Optional.ofNullable(found));
        }
        return found;
    }
}
