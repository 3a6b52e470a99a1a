package org.youcheng.extract.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieKind;

/**
 * The heading a list's rows stand under, read upward from a row: its kind is the nearest tie word's, its Chinese side
 * the place a heading names (else the article's own). A heading must mark a list (a colon, 一览, 名单, a count, a
 * table's header row); prose without a tie word ends the search, and a tie stated in full between the rows is an aside.
 */
record ListHeading(TieKind kind, Gazetteer.Entry home) {
    // home: the Chinese place the heading names, else the article's own, null when the article names none

    /** How far back a list's heading may stand. */
    private static final int REACH = 6000;

    /**
     * A colon at the end, a word for a list, a count (not an ordinal: 第二个中国友好城市 is no count), the tie word
     * alone on its line (国际友好城市, a page's section), or a table's column for the date of the ties (中国行政区 外国行政区
     * 国家 结好时间 …).
     */
    private static final Pattern LIST_MARK =
            Pattern.compile("[:：]\\s*$|一览|名单|名录|列表|如下|以下|(?<![第\\d])\\d+\\s*(?:个|对|座)|共\\s*\\d+"
                    + "|(?<![第一二三四五六七八九十两])[一二三四五六七八九十两]+(?:个|对|座)"
                    + "|^\\s*(?:国际|国外)?(?:友好城市|姐妹城市|姊妹城市|友城|友好省州)\\s*$"
                    + "|(?:结好|缔结|缔约|结对|签约)(?:日期|时间|年份)");

    /** {@link #LIST_MARK} tried only where a match may begin (at the line's start, any character). */
    private static final CuedPattern LIST_MARK_CUED = new CuedPattern(LIST_MARK, ":：一名列如以0123456789共二三四五六七八九十两结缔签");

    /** The heading over the list whose row begins at {@code lineStart}, or null when no heading marks a list. */
    static ListHeading above(Sentence s, int lineStart) {
        String t = s.text;
        int floor = Math.max(0, lineStart - REACH);
        TieKind kind = null;
        boolean generic = false; // the kind so far is a generic word's
        boolean marked = false;
        int end = lineStart - 1;
        while (end > floor) {
            ListMemo.Run run = kind == null ? s.r.lists.run(t, end) : null;
            if (run != null && run.start() >= floor) {
                marked |= run.bar(); // blank lines and rows without a tie word, read once for every row below them
                end = run.start() - 1;
                continue;
            }
            int start = t.lastIndexOf('\n', end - 1) + 1;
            if (start < floor) {
                break;
            }
            Line line = s.r.lists.line(t, start, end);
            if (line.blank()) {
                end = start - 1;
                continue;
            }
            List<KindWords.Hit> words = line.words();
            if (words.isEmpty()) {
                Gazetteer.Entry section = kind != null && marked ? section(s, start, end) : null;
                if (section != null) {
                    return new ListHeading(kind, section); // 新北市 alone on its line over its table: its section
                }
                if (!line.row()) {
                    break; // prose without a tie word: the list, if any, begins after it
                }
                marked |= line.bar();
                end = start - 1;
                continue;
            }
            boolean listMark = line.listMark();
            if (!listMark && foreignIn(s, start, end)) {
                // 另外X市所辖Y市也与Z市结为友城。: a tie stated in full between the rows is an aside, not a heading;
                // the rows after it still belong to the list above, not to its Chinese place
                end = start - 1;
                continue;
            }
            // the nearest word of a kind names it; a word for any tie (a column's 结好时间) only until one is found
            KindWords.Hit word =
                    words.stream().filter(w -> !w.generic()).findFirst().orElse(words.getFirst());
            if (kind == null || generic && !word.generic()) {
                kind = word.kind();
                generic = word.generic();
            }
            marked |= listMark || line.bar(); // a table's header row
            Gazetteer.Entry home = homeIn(s, start, end);
            if (home != null) {
                return marked ? new ListHeading(kind, home) : null;
            }
            if (!line.row()) {
                break; // a sentence that names the ties but no place: the article's own place
            }
            end = start - 1;
        }
        if (kind == null || !marked) {
            return null;
        }
        // the article's own place; none in an article about a foreign place, whose rows name its partners
        return new ListHeading(kind, s.r.foreignTopic() != null ? null : s.r.subject('\0'));
    }

    /**
     * What a line above a list's rows holds, read once per article (in {@link ListMemo}) however many of its rows
     * read upward over it: blank, like a row, its tie words, a mark of a list (with a tie word only), a table's bar.
     */
    record Line(boolean blank, boolean row, List<KindWords.Hit> words, boolean listMark, boolean bar) {
        static Line of(String t, int start, int end) {
            String line = t.substring(start, end);
            if (line.isBlank()) {
                return new Line(true, false, List.of(), false, false);
            }
            List<KindWords.Hit> words = KindWords.SHARED.find(t, start, end);
            boolean mark = !words.isEmpty() && LIST_MARK_CUED.find(line, 0, line.length()) >= 0;
            return new Line(false, ListLine.rowLike(t, start, end), words, mark, line.indexOf('|') >= 0);
        }
    }

    /** The Chinese place a line holds and nothing else (a page's section: 新北市), or null. */
    private static Gazetteer.Entry section(Sentence s, int a, int b) {
        int from = ChineseText.afterSpaces(s.text, a, b);
        Mention m = Mention.startingAt(s.r.mentions, from);
        return m != null && m.domestic() && s.text.substring(m.end(), b).isBlank() ? s.home(m) : null;
    }

    /** Whether a foreign place is named between two positions. */
    private static boolean foreignIn(Sentence s, int a, int b) {
        List<Mention> all = s.r.mentions;
        for (int i = Mention.firstAt(all, a); i < all.size() && all.get(i).start() < b; i++) {
            if (all.get(i).end() <= b && all.get(i).foreign()) {
                return true;
            }
        }
        return false;
    }

    /** The last Chinese place named between two positions (我市 included), or null. */
    private static Gazetteer.Entry homeIn(Sentence s, int a, int b) {
        List<Mention> all = s.r.mentions;
        int lo = Mention.firstAt(all, a);
        Gazetteer.Entry found = null;
        for (int i = lo; i < all.size() && all.get(i).end() <= b; i++) {
            Mention m = all.get(i);
            if (m.domestic()) {
                Gazetteer.Entry e = s.home(m);
                if (e != null) {
                    found = e;
                }
            }
        }
        return found;
    }
}
