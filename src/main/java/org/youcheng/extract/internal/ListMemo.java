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
 * partners some 80,000 line readings).
 */
final class ListMemo {

    /** The lines above rows as {@link ListHeading} reads them, by their start and end. */
    private final Map<Long, ListHeading.Line> lines = new HashMap<>();
    /** By the start of a row: the header row of its table that names the two sides, if any. */
    private final Map<Integer, Optional<SidesTablePattern.Header>> headers = new HashMap<>();
    /** By the start of a row: the Chinese place that begins the nearest row above it in its list, if any. */
    private final Map<Integer, Optional<Gazetteer.Entry>> rowPlaces = new HashMap<>();

    /**
     * Lines read upward that change nothing while no tie word has been met: blank lines and rows without a tie word.
     * A run of them, its lowest line ending at a position: where its top line starts and whether any line has a bar.
     */
    record Run(int start, boolean bar) {}

    private static final Run NONE = new Run(-1, false);
    /** By the end of a run's lowest line: the run ({@link #NONE} when that line is neither blank nor a plain row). */
    private final Map<Integer, Run> runs = new HashMap<>();

    /** The run of blank lines and plain rows whose lowest line ends at {@code end}, or null when there is none. */
    Run run(String t, int end) {
        List<int[]> walked = new ArrayList<>(); // the end, the start and the bar of each line walked over
        Run above = NONE;
        for (int e = end; e > 0; ) {
            Run known = runs.get(e);
            if (known != null) {
                above = known;
                break;
            }
            int start = t.lastIndexOf('\n', e - 1) + 1;
            ListHeading.Line line = line(t, start, e);
            if (!line.blank() && !(line.words().isEmpty() && line.row())) {
                runs.put(e, NONE);
                break;
            }
            walked.add(new int[] {e, start, line.bar() ? 1 : 0});
            e = start - 1;
        }
        for (int k = walked.size() - 1; k >= 0; k--) {
            int[] w = walked.get(k);
            above = above == NONE ? new Run(w[1], w[2] == 1) : new Run(above.start(), above.bar() || w[2] == 1);
            runs.put(w[0], above);
        }
        Run r = runs.get(end);
        return r == null || r == NONE ? null : r;
    }

    ListHeading.Line line(String t, int start, int end) {
        // start and end packed, times an odd constant (one key per line still): packed alone, Long's hash (start ^ end)
        // put the lines of a long list into few buckets
        long key = ((long) start << 32 | end) * 0x9E3779B97F4A7C15L;
        return lines.computeIfAbsent(key, k -> ListHeading.Line.of(t, start, end));
    }

    /**
     * What one line above a row says as rows are read upward: the answer (found), no answer (stop), or null to read on
     * to the line above it.
     */
    interface Step<T> {
        Optional<T> at(int start, int end);
    }

    /** The header row that names the two sides above the row at {@code ls} ({@link SidesTablePattern}), or null. */
    SidesTablePattern.Header header(String t, int ls, Step<SidesTablePattern.Header> step) {
        return upward(headers, t, ls, step);
    }

    /**
     * The Chinese place that begins the nearest row above the row at {@code ls}, the rows read up to a blank line or
     * prose; null when none does.
     */
    Gazetteer.Entry placeAbove(Sentence s, int ls) {
        return upward(rowPlaces, s.text, ls, (start, end) -> {
            ListHeading.Line line = line(s.text, start, end);
            if (line.blank() || !line.row()) {
                return Optional.empty();
            }
            Mention first = Mention.startingAt(s.r.mentions, start);
            return first != null && first.domestic() && s.home(first) != null ? Optional.of(s.home(first)) : null;
        });
    }

    /**
     * The rows read upward from the one at {@code ls}, a line at a time, until a step answers or the text begins; the
     * answer is kept for every row walked over, so the rows below read it at once.
     */
    private static <T> T upward(Map<Integer, Optional<T>> memo, String t, int ls, Step<T> step) {
        List<Integer> walked = new ArrayList<>();
        Optional<T> found = Optional.empty();
        for (int at = ls; ; ) {
            Optional<T> known = memo.get(at);
            if (known != null) {
                found = known;
                break;
            }
            walked.add(at);
            int end = at - 1;
            if (end <= 0) {
                break;
            }
            int start = t.lastIndexOf('\n', end - 1) + 1;
            Optional<T> said = step.at(start, end);
            if (said != null) {
                found = said;
                break;
            }
            at = start;
        }
        for (int at : walked) {
            memo.put(at, found);
        }
        return found.orElse(null);
    }
}
