package org.youcheng.extract.internal;

import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieKind;

/**
 * The partners a new tie follows: 继X和Y、Z之后, …第4个与A结为友城的城市 — the foreign places between 继 and (之)后 are
 * earlier partners of the Chinese place the rest of the sentence ties (the first one after 后, else the one before
 * 继), of the kind its tie word names.
 */
final class EarlierPartnersPattern extends NamedPattern {

    /** How far 后 may stand after 继 (a list of a few partners). */
    private static final int REACH = 60;

    EarlierPartnersPattern() {
        super("earlier-partners", "继X之后");
    }

    @Override
    public void read(Sentence s) {
        String t = s.text;
        int ji = t.indexOf('继', s.from);
        if (ji < 0 || ji >= s.to) {
            return;
        }
        int first = -1;
        int last = -1;
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            if (m.start() <= ji) {
                continue;
            }
            if (!m.foreign() || m.end() > ji + REACH) {
                break;
            }
            if (first >= 0 && !s.listed(s.skipBrackets(s.m(last).end()), m.start())) {
                break;
            }
            first = first < 0 ? k : first;
            last = k;
        }
        if (first < 0) {
            return;
        }
        int after = s.skipBrackets(s.m(last).end());
        int back = t.startsWith("之后", after) ? after + 2 : t.startsWith("后", after) ? after + 1 : -1;
        if (back < 0) {
            return;
        }
        KindWords.Hit word = null;
        for (KindWords.Hit w : s.words) {
            if (w.start() >= back) {
                word = w;
                break;
            }
        }
        if (word == null || word.kind() == TieKind.INTENT || s.wording.negated(back, word.start())) {
            return;
        }
        Gazetteer.Entry home = null;
        for (int k = last + 1; k < s.size() && home == null; k++) {
            home = s.m(k).start() < word.end() + 2 ? s.home(k) : null;
        }
        for (int k = 0; k < first && home == null; k++) {
            home = s.home(k);
        }
        if (home == null) {
            home = s.r.subject('\0');
        }
        for (int k = first; k <= last; k++) {
            if (!s.paired[k]) {
                s.paired[k] = true;
                s.add(name(), home, s.m(k), word.kind(), true, null, s.m(k).start(), s.clauseEnd(word.end()));
            }
        }
    }
}
