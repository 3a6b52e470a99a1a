package org.youcheng.extract.internal;

import java.util.List;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Gazetteer;

/**
 * A partner written as a row of a list or a table, with no tie word on its own line: the lines under a heading that
 * names the ties (「国际友好城市一览表」, 「第二类 友好关系城市(共11个):」, 「我市已与33个国家的40个城市建立了友好城市关系」)
 * and the rows under it — short lines, numbered lines, table rows with '|', one cell a line. The kind is the nearest
 * heading's; the Chinese side is a Chinese place in the row itself (a table with both sides), else the one the
 * headings name, else the article's own place. A heading must mark a list (a colon, 一览, 名单, a count); prose
 * without a tie word ends the list, so a foreign place in a short line after ordinary prose is not a partner.
 */
final class ListRowPattern extends NamedPattern {

    ListRowPattern() {
        super("list-row", "名录行");
    }

    /** Whether a sentence with no tie word may be a list row: a short line that names a foreign place. */
    @Override
    public boolean readsWithoutTieWord(Reading r, List<Mention> ms, int from, int to) {
        String t = r.text;
        boolean foreign = false;
        boolean chinese = false;
        for (Mention m : ms) {
            foreign |= m.foreign() || countryCell(t, m) || CountryFirstRow.begins(t, m);
            chinese |= m.type() == Mention.Type.CHINESE;
        }
        if (!foreign && !(chinese && ITEM.matcher(t).region(from, to).lookingAt())) {
            return false;
        }
        int ls = ChineseText.lineStart(t, from);
        int le = t.indexOf('\n', to);
        return ListLine.rowLike(t, ls, le < 0 ? t.length() : le);
    }

    @Override
    public void read(Sentence s) {
        if (!s.words.isEmpty()) {
            return;
        }
        String t = s.text;
        int ls = ChineseText.lineStart(t, s.from);
        int leRaw = t.indexOf('\n', s.from);
        int le = leRaw < 0 ? t.length() : leRaw;
        if (!ListLine.rowLike(t, ls, le) || !KindWords.SHARED.find(t, ls, le).isEmpty()) {
            return;
        }
        ListHeading h = ListHeading.above(s, ls);
        if (h == null) {
            return;
        }
        if (partnersOfTopic(s, h)) {
            return;
        }
        Gazetteer.Entry rowHome = ListLine.ownCell(s);
        int rowHomeEnd = -1;
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            Gazetteer.Entry home = s.home(k);
            if (home != null) {
                rowHome = home;
                rowHomeEnd = m.end();
                continue;
            }
            if (m.type() == Mention.Type.COUNTRY) {
                Mention before = nameBeforeCountry(s, m, ls, k);
                m = before != null ? before : CountryFirstRow.name(s, m, k);
                if (m == null) {
                    continue;
                }
            }
            boolean pair = pairRow(s, rowHomeEnd, m, le);
            // a pair row's partner was looked at by the connector pattern, which found no tie word on the line
            if (!m.foreign()
                    || (s.paired[k] && !(pair && !s.earlier.recorded(m)))
                    || !(pair || cell(t, m, s.skipBrackets(m.end()), ls, le))) {
                continue;
            }
            m = inRowCountry(s, m, k, le);
            Gazetteer.Entry place = rowHome != null ? rowHome : carried(s, ls, h.home());
            PartialDate signed = s.dates.dateIn(m.end(), le);
            s.paired[k] = true;
            s.add(name(), place, m, h.kind(), false, signed, s.from, s.to);
        }
    }

    /**
     * 「安大略省  加拿大 北美洲」, 「• 俄罗斯: 滨海边疆区(1990.11)」: a name written alone, read again in the country its row
     * names (before a colon, else in a later cell) when the scan placed it in another (Ontario, California); its place
     * stays unknown when that country has none of the name.
     */
    private static Mention inRowCountry(Sentence s, Mention m, int k, int le) {
        if (m.countryText() != null) {
            return m;
        }
        Mention c = null;
        int ls = ChineseText.lineStart(s.text, m.start());
        for (int j = k - 1; j >= 0 && c == null && s.m(j).start() >= ls; j--) {
            Mention b = s.m(j); // the country before the nearest colon (not 俄罗斯: … 其他: X)
            c = b.type() == Mention.Type.COUNTRY
                            && ChineseText.colon(s.text.charAt(b.end()))
                            && !ChineseText.colonIn(s.text, b.end() + 1, m.start())
                    ? b
                    : null;
        }
        for (int j = k + 1; c == null && j < s.size() && s.m(j).end() <= le; j++) {
            c = s.m(j).type() == Mention.Type.COUNTRY ? s.m(j) : null;
        }
        if (c != null) {
            if (c.countryCode().equals(m.countryCode())) {
                return m;
            }
            ForeignNames.Name n = s.partners.names().read(s.text, m.start(), c.countryCode());
            Gazetteer.Entry there = n != null && n.end() == m.end() ? n.place() : null;
            return new Mention(
                    m.start(), m.end(), m.type(), m.name(), there, c.countryCode(), c.countryText(), m.bare());
        }
        return m;
    }

    /**
     * A table's Chinese cell written once for the rows under it (「安徽省 马里兰州 …」, then 「下萨克森州 …」): the Chinese
     * place that begins the nearest row above, the rows read up to a blank line, else the heading's place.
     */
    private static Gazetteer.Entry carried(Sentence s, int ls, Gazetteer.Entry heading) {
        Gazetteer.Entry above = s.r.lists.placeAbove(s, ls);
        return above != null ? above : heading;
    }

    /** An item of a list: a bullet, a number, or a country and a colon before the items (• 中国 : X市、Y市). */
    private static final java.util.regex.Pattern ITEM =
            java.util.regex.Pattern.compile("\\s*(?:[•·\\-*]|[0-9]{1,2}[、.．)）])");

    /**
     * A row of Chinese places and no foreign one under a heading of ties, in an article about a foreign place
     * ({@link ForeignTopic}: a foreign city's page and its list of partners): each is that place's partner. Whether the
     * row was so read.
     */
    private boolean partnersOfTopic(Sentence s, ListHeading h) {
        Mention topic = Mention.anyForeign(s.ms) ? null : s.r.foreignTopic();
        boolean read = false;
        for (int k = 0; topic != null && k < s.size(); k++) {
            if (s.home(k) == null) {
                continue;
            }
            PartialDate signed = s.dates.dateIn(s.m(k).end(), Math.min(s.to, s.m(k).end() + 12));
            read |= partnerOf(s, k, topic, h.kind(), false, signed, s.from, s.to);
        }
        return read;
    }

    /** A country alone in a cell after another (「X州 | 德国」, 「X州   德国」). */
    private static boolean countryCell(String t, Mention m) {
        return m.type() == Mention.Type.COUNTRY
                && m.start() > 0
                && (t.charAt(m.start() - 1) == '|' || ChineseText.space(t.charAt(m.start() - 1)));
    }

    /**
     * 「阿尔泰边疆区   俄罗斯   亚洲」, 「| X州 | 德国 |」: a name no scan placed, in the cell before a cell that holds its
     * country alone; null when the cells are not so.
     */
    private static Mention nameBeforeCountry(Sentence s, Mention country, int ls, int k) {
        String t = s.text;
        int b = country.start();
        while (b > ls && (ChineseText.space(t.charAt(b - 1)) || t.charAt(b - 1) == '|')) {
            b--;
        }
        int a = b;
        while (a > ls && ChineseText.han(t.charAt(a - 1))) {
            a--;
        }
        if (a == b || b == country.start() || (k > 0 && s.m(k - 1).end() > a)) {
            return null; // no cell before the country, or a place the scan read is in it
        }
        Mention name = s.partners.unplaced(a, k);
        return name == null || name.end() != b ? null : Partners.withCountryOf(name, country);
    }

    /**
     * Whether a name stands as a cell of the row, not inside a phrase: no Chinese character right before it or right
     * after it (its bracket aside). 「日本 长野市(1981年)」, 「| 奈良市 Nara |」 and
     * 「爱知县   日本」 (cells parted by spaces) are cells; 「湖南第一对」 and
     * 「法国X市的薰衣草」 are not.
     */
    private static boolean cell(String t, Mention m, int after, int ls, int le) {
        int b = m.start() - 1;
        if (b >= ls && ChineseText.han(t.charAt(b)) && !regionBefore(t, b, ls)) {
            return false;
        }
        // 「爱知县   日本 亚洲 1980年7月28日」: in a table written with spaces, more cells follow after a space
        return noWordAfter(t, after, le) || (after < le && ChineseText.space(t.charAt(after)));
    }

    /**
     * A row that is itself a pair, 「山西省运城市与韩国京畿道义王市」: the row's Chinese place, 与 (和, 同), perhaps the
     * partner's country, the partner, and nothing after it but spaces or a date.
     */
    private static boolean pairRow(Sentence s, int homeEnd, Mention m, int le) {
        if (homeEnd < 0) {
            return false;
        }
        int c = s.connector(homeEnd, m.start());
        if (c < 0 || m.start() - c - 1 > 8 || !s.plain(c + 1, m.start())) {
            return false;
        }
        return noWordAfter(s.text, s.skipBrackets(m.end()), le);
    }

    /** Nothing but spaces, or no Chinese character first, from {@code a} to the end of the line. */
    private static boolean noWordAfter(String t, int a, int le) {
        int i = a;
        while (i < le && ChineseText.space(t.charAt(i))) {
            i++;
        }
        return i >= le || !ChineseText.han(t.charAt(i));
    }

    /** 「| 新潟县三条市 |」: the cell begins with the partner's region (a few characters ending in 县, 州, 省, 道, 府). */
    private static boolean regionBefore(String t, int last, int ls) {
        if ("县州省道府".indexOf(t.charAt(last)) < 0) {
            return false;
        }
        int a = last;
        while (a > ls && ChineseText.han(t.charAt(a - 1))) {
            a--;
        }
        return last - a + 1 <= 6 && (a == ls || !ChineseText.han(t.charAt(a - 1)));
    }
}
