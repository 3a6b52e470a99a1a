package org.youcheng.extract.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieKind;

/**
 * A pair written as a pair, joined by a dash: in an event's or an anniversary's name (中国A—日本B友城青少年交流营,
 * A—B结好三十周年), or as a row of a table under a heading that names the ties (以下是…的友好关系建立时间表:
 * 「A省 – B州 – 1984」), or by a space alone in a document's title. The kind is the tie word after the pair, else the
 * heading's.
 */
final class DashPairPattern extends NamedPattern {

    private static final String DASHES = "—–-－―─~～";
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)(?:年)?");
    /** How far back a table's heading may stand. */
    private static final int HEADING_REACH = 3000;

    DashPairPattern() {
        super("dash-pair", "连接号成对（A—B）");
    }

    @Override
    public void read(Sentence s) {
        for (int a = 0; a < s.size(); a++) {
            Mention d = s.m(a);
            Gazetteer.Entry home = s.home(a);
            if (home == null) {
                continue;
            }
            int p = dash(s.text, d.end(), s.to);
            if (p < 0) {
                p = spaceInTitle(s, d.end());
            }
            if (p < 0) {
                continue;
            }
            Mention f = null;
            if (a + 1 < s.size() && s.m(a + 1).start() == p && s.m(a + 1).foreign() && !s.paired[a + 1]) {
                f = s.m(a + 1);
                s.paired[a + 1] = true;
            } else if (a + 1 >= s.size() || s.m(a + 1).start() > p) {
                f = s.partners.unplaced(p, a + 1);
                if (f == null) {
                    f = beforeWord(s, p, p, null);
                }
            } else if (s.m(a + 1).start() == p && s.m(a + 1).type() == Mention.Type.COUNTRY) {
                f = beforeWord(s, p, s.m(a + 1).end(), s.m(a + 1));
            }
            if (f == null) {
                continue;
            }
            if (!s.tie(name(), home, d, f, d.start())) {
                table(s, home, f);
            }
        }
    }

    /**
     * 长沙—图卢兹友城交流营, 法国图卢兹结好周年: in a pair's name the partner may be written without its suffix, up to the
     * tie word; two to eight Chinese characters.
     */
    private static Mention beforeWord(Sentence s, int start, int at, Mention country) {
        for (KindWords.Hit w : s.words) {
            if (w.start() >= at) {
                int n = w.start() - at;
                if (n < 2 || n > 8) {
                    return null;
                }
                for (int i = at; i < w.start(); i++) {
                    if (!ChineseText.han(s.text.charAt(i))) {
                        return null;
                    }
                }
                return new Mention(
                        start,
                        w.start(),
                        Mention.Type.FOREIGN_BARE,
                        s.text.substring(at, w.start()),
                        null,
                        country == null ? null : country.countryCode(),
                        country == null ? null : country.countryText(),
                        true);
            }
        }
        return null;
    }

    /** A row of a table: the kind from the nearest heading before it that ends with a colon and names the ties. */
    private void table(Sentence s, Gazetteer.Entry home, Mention f) {
        TieKind kind = heading(s.text, s.from);
        if (kind == null) {
            return;
        }
        PartialDate signed = null;
        Matcher y = YEAR.matcher(s.text).region(f.end(), s.to);
        if (y.find()) {
            signed = PartialDate.parse(y.group(1));
        }
        s.add(name(), home, f, kind, false, signed, s.from, s.to);
    }

    /** The kind named by the last line ending with a colon within reach before {@code at}, or null. */
    private static TieKind heading(String text, int at) {
        int floor = Math.max(0, at - HEADING_REACH);
        int end = at - 1;
        while (end > floor) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            int from = Math.max(start, floor);
            // the line's last character other than a space: only a line that ends with a colon is copied
            int last = end - 1;
            while (last >= from && Character.isWhitespace(text.charAt(last))) {
                last--;
            }
            if (last >= from && ChineseText.colon(text.charAt(last))) {
                String line = text.substring(from, end).strip();
                List<KindWords.Hit> words = KindWords.SHARED.find(line, 0, line.length());
                for (KindWords.Hit w : words) {
                    return w.kind();
                }
                return line.contains("友好关系") ? TieKind.SISTER : null;
            }
            if (start <= floor) {
                break;
            }
            end = start - 1;
        }
        return null;
    }

    /** A table row: a Chinese place and a dash, under a heading that ends with a colon. */
    @Override
    public boolean readsWithoutTieWord(Reading r, List<Mention> ms, int from, int to) {
        return row(r.text, ms, to) && heading(r.text, from) != null;
    }

    /** Whether a Chinese place is followed by a dash (a table row is looked for only then). */
    private static boolean row(String t, java.util.List<Mention> ms, int to) {
        for (Mention m : ms) {
            if (m.domestic() && dash(t, m.end(), to) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * 《中华人民共和国长春市 意大利共和国帕尔玛市建立友好合作城市协议》: in a document's title the two sides may stand apart
     * by a space alone; the place after it must be one the scan placed abroad.
     */
    private static int spaceInTitle(Sentence s, int at) {
        int i = ChineseText.afterSpaces(s.text, at, s.to);
        if (i == at || !inTitle(s, at)) {
            return -1;
        }
        Mention next = Mention.startingAt(s.ms, i);
        return next != null && next.foreign() ? i : -1;
    }

    /** Whether a title's 《 opens before the position in the sentence and its 》 has not closed it yet. */
    private static boolean inTitle(Sentence s, int at) {
        for (int i = at - 1; i >= s.from; i--) {
            char c = s.text.charAt(i);
            if (c == '》') {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }

    /** The position after a dash (and spaces around it) at {@code at}, or -1. */
    private static int dash(String t, int at, int to) {
        int i = at;
        while (i < to && t.charAt(i) == ' ') {
            i++;
        }
        if (i >= to || DASHES.indexOf(t.charAt(i)) < 0) {
            return -1;
        }
        while (i < to && DASHES.indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        while (i < to && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
