package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Names;

/**
 * A table whose header row names the two sides by column (「中方城市 | 韩方城市 | 结好时间」, 「中方 | 外方」): in each row
 * under it the cell of the foreign side's column is the partner, in the country the header or the table's heading
 * names, even when a Chinese place bears the same name (Korea's 广州市, 泰安郡); the Chinese side is the place in the
 * row's Chinese cell. The kind is the heading's; a table under no heading that names the ties is not read.
 */
final class SidesTablePattern extends NamedPattern {

    /** How many lines above the header row the table's heading may name the country. */
    private static final int HEADING_LINES = 3;
    /** The longest partner a cell holds, in characters. */
    private static final int LONGEST = 16;

    SidesTablePattern() {
        super("sides-table", "中外对照表");
    }

    /** The header row of a table: where it begins, and the columns of the two sides. */
    record Header(int start, int end, int chinese, int foreign) {}

    /** A row of a table under a header row that names the two sides. */
    @Override
    public boolean readsWithoutTieWord(Reading r, List<Mention> ms, int from, int to) {
        int ls = ChineseText.lineStart(r.text, from);
        return bar(r.text, ls, to) && header(r, ls) != null;
    }

    @Override
    public void read(Sentence s) {
        String t = s.text;
        int ls = ChineseText.lineStart(t, s.from);
        int le = t.indexOf('\n', s.from);
        le = le < 0 ? t.length() : le;
        if (!s.words.isEmpty() || !bar(t, ls, le)) {
            return;
        }
        Header h = header(s.r, ls);
        Mention country = h == null ? null : countryAbove(s, h.start(), h.end());
        if (country == null) {
            return;
        }
        List<int[]> cells = cells(t, ls, le);
        if (cells.size() <= Math.max(h.chinese(), h.foreign())) {
            return;
        }
        int[] cn = cells.get(h.chinese());
        int[] fr = cells.get(h.foreign());
        Gazetteer.Entry home = null;
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            if (m.start() >= cn[0] && m.end() <= cn[1] && s.home(k) != null) {
                home = s.home(k);
            }
            if (m.start() >= fr[0] && m.end() <= fr[1]) {
                s.paired[k] = true; // the foreign cell is read here, whatever a Chinese name in it would say
            }
        }
        String name = t.substring(fr[0], fr[1]).strip();
        ListHeading heading = ListHeading.above(s, h.start());
        if (home == null || heading == null || !han(name)) {
            return;
        }
        int at = t.indexOf(name, fr[0]);
        Mention partner = new Mention(
                at,
                at + name.length(),
                Mention.Type.FOREIGN,
                name,
                placeIn(s, name, country.countryCode()),
                country.countryCode(),
                country.countryText(),
                false);
        PartialDate signed = s.dates.dateIn(fr[1], le);
        s.add(name(), home, partner, heading.kind(), false, signed, s.from, s.to);
    }

    /** Whether a table's bar stands between two positions (looked for there only: most text has none). */
    private static boolean bar(String t, int a, int b) {
        for (int i = a; i < b; i++) {
            if (t.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }

    /**
     * The header row above the row at {@code ls} in the same table (lines with '|'), or null. Every row of a table
     * has its table's header: what one row finds is kept (in {@link ListMemo}) for each row it walked up
     * over, so that a long table is read in one pass rather than once per row.
     */
    private static Header header(Reading r, int ls) {
        String t = r.text;
        return r.lists.header(t, ls, (start, end) -> {
            if (t.substring(start, end).indexOf('|') < 0) {
                return Optional.empty(); // the table ends above
            }
            Header h = headerRow(t, start, end);
            return h != null ? Optional.of(h) : null;
        });
    }

    /** The line as a header row that names the two sides by column, or null. */
    private static Header headerRow(String t, int start, int end) {
        List<int[]> cells = cells(t, start, end);
        int chinese = -1;
        int foreign = -1;
        for (int i = 0; i < cells.size(); i++) {
            String c = t.substring(cells.get(i)[0], cells.get(i)[1]).strip();
            if (c.startsWith("中方") || c.startsWith("我方")) {
                chinese = i;
            } else if (c.length() >= 2 && c.charAt(1) == '方' && ChineseText.han(c.charAt(0))) {
                foreign = i;
            }
        }
        return chinese >= 0 && foreign >= 0 ? new Header(start, end, chinese, foreign) : null;
    }

    /** The one country named in the header row or the few lines of heading above it. */
    private static Mention countryAbove(Sentence s, int headerStart, int headerEnd) {
        int from = headerStart;
        for (int i = 0; i < HEADING_LINES && from > 0; i++) {
            from = s.text.lastIndexOf('\n', from - 2) + 1;
        }
        Mention found = null;
        for (Mention m : s.r.mentions) {
            if (m.start() >= from
                    && m.end() <= headerEnd
                    && m.countryCode() != null
                    && !"CN".equals(m.countryCode())
                    && (m.type() == Mention.Type.COUNTRY || m.type() == Mention.Type.FOREIGN)) {
                if (found != null && !found.countryCode().equals(m.countryCode())) {
                    return null; // two countries: the column does not say which
                }
                found = m;
            }
        }
        return found;
    }

    /** The cells of a table row: the spans between its '|'. */
    private static List<int[]> cells(String t, int ls, int le) {
        List<int[]> out = new ArrayList<>();
        int a = ls;
        for (int i = ls; i <= le; i++) {
            if (i == le || t.charAt(i) == '|') {
                if (i > a || a > ls) {
                    out.add(new int[] {a, i});
                }
                a = i + 1;
            }
        }
        if (!out.isEmpty() && t.substring(out.getFirst()[0], out.getFirst()[1]).isBlank()) {
            out.removeFirst(); // 「| 淄博 | …」: the row opens with a bar
        }
        return out;
    }

    private static boolean han(String name) {
        if (name.length() < 2 || name.length() > LONGEST) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!ChineseText.han(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The gazetteer's place of that name in the partner's country, if it knows one. */
    private static Gazetteer.Entry placeIn(Sentence s, String name, String code) {
        for (Gazetteer.Entry e : s.partners.gazetteer().byKey(Names.key(name))) {
            if (code.equals(e.country())) {
                return e;
            }
        }
        return null;
    }
}
