package org.youcheng.extract.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;

/**
 * The subject a clause leaves out, read from the paragraph before it: the last Chinese place that stands first in its
 * clause (after nothing but times and adverbs) earlier in the same paragraph. 「目前,长宁区已与12个国外城区…。其中,
 * 与日本X市、韩国Y区…是姐妹城市」: the second sentence's subject is 长宁区, not the city the article names most. With
 * no such place in the paragraph, the article's own place. A place whose official heads the clause stands first too
 * (刚参访回国的吉安乡长X表示,…签订友好交流协定: 吉安乡 signed).
 */
final class ParagraphSubject {

    /** How far back in the paragraph the subject may stand. */
    private static final int REACH = 400;

    private static final Pattern LEAD = Pattern.compile(ElidedSubjectPattern.TIME + "*(?:据介绍|据了解|其中|同时|此外|另外)?[,，]?");

    /** The head of a place written after its name (吉安乡长, 宁波市副市长, 县委书记): the official acts for the place. */
    private static final Pattern OFFICIAL = Pattern.compile("副?(?:[省市县区乡镇州]?长|[省市县区]?委?书记)");
    /** What describes the official before the place (刚参访回国的吉安乡长X表示): the place still heads the clause. */
    private static final Pattern MODIFIER = Pattern.compile("\\p{IsHan}{1,12}的");

    private ParagraphSubject() {}

    /** The subject of a clause that begins at {@code at} and names no Chinese place before its partner. */
    static Gazetteer.Entry before(Reading r, int at) {
        String t = r.text;
        int floor = Math.max(t.lastIndexOf('\n', Math.max(0, at - 1)) + 1, at - REACH);
        List<Mention> ms = r.mentions;
        for (int i = lastBefore(ms, at); i >= 0 && ms.get(i).start() >= floor; i--) {
            Mention m = ms.get(i);
            if (!m.domestic()) {
                continue;
            }
            int cs = m.start();
            while (cs > floor && !ChineseText.clauseEnd(t.charAt(cs - 1))) {
                cs--;
            }
            Gazetteer.Entry e = r.domestic(m);
            String lead = t.substring(cs, m.start()).strip();
            if (e != null
                    && (LEAD.matcher(lead).matches()
                            || OFFICIAL.matcher(t).region(m.end(), t.length()).lookingAt()
                                    && MODIFIER.matcher(lead).matches()
                                    && !domesticIn(ms, i, cs))) {
                return e;
            }
        }
        return r.subject('\0');
    }

    /** Whether a Chinese place is named before the i-th mention in its clause (X市长会见了来访的Y乡长: X heads it). */
    private static boolean domesticIn(List<Mention> ms, int i, int clauseStart) {
        for (int k = i - 1; k >= 0 && ms.get(k).start() >= clauseStart; k--) {
            if (ms.get(k).domestic()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the last mention that ends at or before a position, or -1. */
    private static int lastBefore(List<Mention> ms, int at) {
        int lo = 0;
        int hi = ms.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ms.get(mid).end() <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
