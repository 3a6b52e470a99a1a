package org.youcheng.extract.internal;

import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Names;
import org.youcheng.registry.TieKind;

/**
 * A row of a list of one foreign country's ties, the foreign place first and its Chinese partners after a colon, the
 * country written only above the list (新西兰与中国的姐妹城市 … · 汉密尔顿Hamilton:江苏无锡): each Chinese place of the row is
 * a partner of the row's first name, read as a place of that country. The first cell holds the name, then perhaps a
 * description after a comma and a Latin gloss, and no Chinese place; the cell after the colon holds Chinese places
 * only. The country and the kind are those of the nearest line above that names a tie, when it names one foreign
 * country and no foreign place.
 */
final class ForeignCellRowPattern extends NamedPattern {

    /** How far above a row the line that names its country may stand. */
    private static final int REACH = 3000;
    /** The longest first cell, in characters. */
    private static final int CELL = 30;

    ForeignCellRowPattern() {
        super("foreign-cell-row", "外方在前名录");
    }

    /** The country over a list and the kind of its ties. */
    private record Heading(String code, String countryText, TieKind kind) {}

    @Override
    public boolean readsWithoutTieWord(Reading r, List<Mention> ms, int from, int to) {
        return colon(r.text, ms, from) > 0;
    }

    @Override
    public void read(Sentence s) {
        String t = s.text;
        int colon = colon(t, s.ms, s.from);
        if (colon < 0) {
            return;
        }
        Heading h = heading(s, ChineseText.lineStart(t, s.from));
        if (h == null) {
            return;
        }
        Mention partner = inCountry(s, cellStart(t, s.from), h.code(), h.countryText());
        if (partner == null || partner.end() > colon || !glossOnly(t, partner.end(), colon)) {
            return;
        }
        for (int k = 0; k < s.size(); k++) {
            if (s.m(k).start() < colon) {
                s.paired[k] = true; // the scan's reading of the first cell (汉密尔顿 in another country) is no partner
            } else {
                partnerOf(s, k, partner, h.kind(), false, null, s.from, s.to);
            }
        }
    }

    /**
     * A foreign name at a position, as a place of a country that the text gives elsewhere (a list's heading): a name the
     * gazetteer knows there or one up to a suffix, else its Chinese characters when they read as a transliteration or
     * name a foreign place elsewhere (汉密尔顿, a town of the United States, for New Zealand's 哈密尔顿); null when none.
     */
    private static Mention inCountry(Sentence s, int at, String code, String countryText) {
        ForeignNames.Name name = s.partners.names().read(s.text, at, code);
        int end = name != null ? name.end() : at;
        while (name == null && end < s.to && ChineseText.han(s.text.charAt(end))) {
            end++;
        }
        String text = name != null ? name.text() : s.text.substring(at, end);
        if (name == null && !s.r.transliteration.reads(text) && !foreignName(s, text) || NotAName.test(text)) {
            return null;
        }
        Gazetteer.Entry place = name == null ? null : name.place();
        return new Mention(at, end, Mention.Type.FOREIGN, text, place, code, countryText, name == null);
    }

    private static boolean foreignName(Sentence s, String text) {
        List<Gazetteer.Entry> known = s.partners.gazetteer().byKey(Names.key(text));
        return !known.isEmpty() && known.stream().noneMatch(e -> "CN".equals(e.country()));
    }

    /**
     * The colon of a row so shaped, or -1: the sentence is its line; a first cell of at most {@link #CELL} characters
     * that begins with a Chinese character and names no Chinese place; after the colon Chinese places only, parted by
     * 、 , 和 及 or spaces.
     */
    private static int colon(String t, List<Mention> ms, int from) {
        int ls = ChineseText.lineStart(t, from);
        int cs = cellStart(t, ls);
        if (cs < from || cs >= t.length() || !ChineseText.han(t.charAt(cs))) {
            return -1;
        }
        int le = t.indexOf('\n', cs);
        le = le < 0 ? t.length() : le;
        int colon = -1;
        for (int i = cs; i < Math.min(le, cs + CELL); i++) {
            if (ChineseText.colon(t.charAt(i))) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return -1;
        }
        int covered = colon + 1;
        int places = 0;
        for (Mention m : ms) {
            if (m.start() < colon && m.domestic()) {
                return -1;
            }
            if (m.start() > colon && m.end() <= le) {
                if (!m.domestic() || !separators(t, covered, m.start())) {
                    return -1;
                }
                covered = m.end();
                places++;
            }
        }
        return places > 0 && separators(t, covered, le) ? colon : -1;
    }

    private static boolean separators(String t, int a, int b) {
        for (int i = a; i < b; i++) {
            char c = t.charAt(i);
            if (!ChineseText.space(c) && "、,，和及;；。".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Where the first cell begins: after spaces and a bullet or a number. */
    private static int cellStart(String t, int ls) {
        int i = ls;
        while (i < t.length() && (ChineseText.space(t.charAt(i)) || "·•・-*".indexOf(t.charAt(i)) >= 0)) {
            i++;
        }
        while (i < t.length() && (ChineseText.digit(t.charAt(i)) || "、.．)）".indexOf(t.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /** Nothing after the name but a description after a comma and a Latin gloss: no Chinese after Latin letters. */
    private static boolean glossOnly(String t, int end, int colon) {
        if (end < colon && ChineseText.han(t.charAt(end))) {
            return false;
        }
        boolean latin = false;
        for (int i = end; i < colon; i++) {
            char c = t.charAt(i);
            latin |= c < 128 && Character.isLetter(c);
            if (latin && ChineseText.han(c)) {
                return false;
            }
        }
        return true;
    }

    /** The nearest line above that names a tie: its one foreign country and its kind, or null. */
    private static Heading heading(Sentence s, int ls) {
        String t = s.text;
        int end = ls - 1;
        while (end > 0 && ls - end < REACH) {
            int start = ChineseText.lineStart(t, end);
            List<KindWords.Hit> words = KindWords.SHARED.find(t, start, end);
            if (!words.isEmpty()) {
                return words.getFirst().kind() == TieKind.INTENT ? null : country(s, start, end, words);
            }
            end = start - 1;
        }
        return null;
    }

    private static Heading country(Sentence s, int a, int b, List<KindWords.Hit> words) {
        Mention country = null;
        for (Mention m : s.r.mentions) {
            if (m.start() < a || m.end() > b) {
                continue;
            }
            if (m.foreign()) {
                return null;
            }
            if (m.type() == Mention.Type.COUNTRY && !"CN".equals(m.countryCode())) {
                if (country != null && !country.countryCode().equals(m.countryCode())) {
                    return null;
                }
                country = m;
            }
        }
        return country == null
                ? null
                : new Heading(
                        country.countryCode(),
                        country.countryText(),
                        words.getFirst().kind());
    }
}
