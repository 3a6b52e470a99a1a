package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;

/**
 * A list of foreign places written before a position of a sentence, and the Chinese place the sentence gives them as
 * partners: what a word after the list (友城代表团, 分别与两地) ties.
 */
record ForeignListBefore(List<Integer> items, Gazetteer.Entry home, int start) {

    /**
     * The foreign places not yet paired that stand last before {@code at} (the last ending right there when {@code
     * adjoining}), joined by what {@code join} matches, in order; with the sentence's first Chinese place before them
     * as their partner, else the subject the sentence leaves out. Empty items when none stands there.
     */
    static ForeignListBefore of(Sentence s, int at, boolean adjoining, Pattern join) {
        List<Integer> list = new ArrayList<>();
        for (int k = s.size() - 1; k >= 0; k--) {
            Mention m = s.m(k);
            if (m.end() > at) {
                continue;
            }
            boolean joined = list.isEmpty()
                    ? !adjoining || m.end() == at
                    : join.matcher(s.text)
                            .region(m.end(), s.m(list.getFirst()).start())
                            .matches();
            if (!m.foreign() || s.paired[k] || !joined) {
                break;
            }
            list.addFirst(k);
        }
        if (list.isEmpty()) {
            return new ForeignListBefore(list, null, at);
        }
        int first = s.m(list.getFirst()).start();
        for (int k = 0; k < s.size() && s.m(k).end() <= first; k++) {
            if (s.home(k) != null) {
                return new ForeignListBefore(list, s.home(k), s.m(k).start());
            }
        }
        return new ForeignListBefore(list, ParagraphSubject.before(s.r, s.clauseStart(first, s.from)), first);
    }
}
