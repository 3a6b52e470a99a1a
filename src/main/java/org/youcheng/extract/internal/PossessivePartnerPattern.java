package org.youcheng.extract.internal;

import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Names;

/**
 * A partner named as a place's own: 作为A的姐妹城市,B… (B, as A's sister city, …) and A…其友好城市B (A helps its sister
 * city B), one side Chinese and the other foreign; the tie word names the kind. 其 refers to the place named last
 * before it in its clause. A foreign name that the scan passed over there (written bare, before a verb) is read from
 * the gazetteer as written.
 */
final class PossessivePartnerPattern extends NamedPattern {

    /** The longest name read from the gazetteer as written. */
    private static final int LONGEST = 8;

    PossessivePartnerPattern() {
        super("possessive", "所属称谓（作为A的友城，B；A…其友城B）");
    }

    @Override
    public void read(Sentence s) {
        for (KindWords.Hit w : s.words) {
            if (!w.titles() || w.start() < 3) {
                continue;
            }
            char before = s.text.charAt(w.start() - 1);
            int clause = clauseStart(s, w.start());
            if (before == '的') {
                // 作为达尼丁市的姐妹城市,上海…: the place after the comma is the partner of the one after 作为
                int as = ChineseText.lastIndexIn(s.text, "作为", clause, w.start() - 1);
                int after = afterComma(s, w.end());
                if (as >= clause && after > 0) {
                    Mention owner = Mention.endingAt(s.ms, w.start() - 1, as + 2);
                    pair(s, owner != null ? owner : known(s, as + 2, w.start() - 1), at(s, after), w);
                }
            } else if (before == '其') {
                // 苏黎世帮助其姐妹城市昆明: the place named last before 其 in its clause owns the partner after the word
                Mention owner = null;
                for (Mention m : s.ms) {
                    owner = m.end() < w.start() && m.start() >= clause ? m : owner;
                }
                Mention partner = at(s, w.end());
                if (owner == null || partner == null || !s.ms.contains(partner)) {
                    // both scanned: the patterns of a named partner and of a foreign owner read them
                    pair(s, owner != null ? owner : at(s, clause), partner, w);
                }
            }
        }
    }

    private void pair(Sentence s, Mention a, Mention b, KindWords.Hit w) {
        if (a == null || b == null) {
            return;
        }
        Gazetteer.Entry home = s.home(a) != null ? s.home(a) : s.home(b);
        Mention f = s.home(a) != null ? b : a;
        int k = s.ms.indexOf(f);
        if (home == null || !f.foreign() || k >= 0 && s.paired[k] || s.wording.negated(w.start(), w.start())) {
            return;
        }
        if (k >= 0) {
            s.paired[k] = true;
        }
        int from = Math.min(a.start(), w.start());
        s.add(name(), home, f, w.kind(), w.generic(), s.dates.signed(f, from, w.end()), from, s.clauseEnd(b.end()));
    }

    /** The place written at a position: a mention of the scan, else the longest foreign name of the gazetteer. */
    private static Mention at(Sentence s, int p) {
        Mention m = Mention.startingAt(s.ms, p);
        for (int end = Math.min(s.to, p + LONGEST); m == null && end >= p + 2; end--) {
            m = known(s, p, end);
        }
        return m;
    }

    /** The foreign place the gazetteer holds under the text between two positions, as written, or null. */
    private static Mention known(Sentence s, int from, int to) {
        if (to - from < 2) {
            return null;
        }
        String written = s.text.substring(from, to);
        Gazetteer.Entry[] entries =
                s.partners.gazetteer().byKey(Names.key(written)).toArray(Gazetteer.Entry[]::new);
        // of the places of the name, the one the scan would take (any foreign one, the most tied)
        Gazetteer.Entry e = new PlaceLexicon.PlaceHit(to, entries).inCountry(null);
        return e == null ? null : new Mention(from, to, Mention.Type.FOREIGN_BARE, written, e, e.country(), null, true);
    }

    /** Where the clause of a position begins, after spaces. */
    private static int clauseStart(Sentence s, int at) {
        int i = s.clauseStart(at, s.from);
        while (i < at && ChineseText.space(s.text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** After a comma (and spaces) at a position, else -1: the subject of the clause that follows. */
    private static int afterComma(Sentence s, int at) {
        int i = at;
        while (i < s.to && ChineseText.space(s.text.charAt(i))) {
            i++;
        }
        return i < s.to && (s.text.charAt(i) == ',' || s.text.charAt(i) == '，') ? i + 1 : -1;
    }
}
