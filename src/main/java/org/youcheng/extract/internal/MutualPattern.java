package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.registry.Gazetteer;

/**
 * An enumeration of places that are each other's partners (A、B和C互为友城, A与B互结为友好城市): every Chinese place
 * of the enumeration with every foreign one. 互 marks the relation as one among all the items, so no connector
 * decides which side is which.
 */
final class MutualPattern extends NamedPattern {

    /** How many characters (已, 早已, 多年前) may stand between the enumeration and 互, or between 互 and the word. */
    private static final int GAP = 6;

    MutualPattern() {
        super("mutual", "互为友城");
    }

    @Override
    public void read(Sentence s) {
        for (KindWords.Hit w : s.words) {
            int mutual = s.text.lastIndexOf('互', w.start() - 1);
            if (mutual < s.from || w.start() - mutual > GAP || !s.plain(mutual, w.start())) {
                continue;
            }
            int last = -1;
            for (int k = 0; k < s.size() && s.m(k).end() <= mutual; k++) {
                last = k;
            }
            if (last < 0 || mutual - s.m(last).end() > GAP || !s.plain(s.m(last).end(), mutual)) {
                continue;
            }
            int first = last;
            while (first > 0 && s.listed(s.m(first - 1).end(), s.m(first).start())) {
                first--;
            }
            List<Integer> chinese = new ArrayList<>();
            List<Integer> foreign = new ArrayList<>();
            for (int k = first; k <= last; k++) {
                if (s.home(k) != null) {
                    chinese.add(k);
                } else if (s.m(k).foreign() && !s.paired[k]) {
                    foreign.add(k);
                }
            }
            if (chinese.isEmpty()
                    || foreign.isEmpty()
                    || s.wording.negated(s.m(first).start(), w.start())) {
                continue;
            }
            for (int c : chinese) {
                Gazetteer.Entry home = s.home(c);
                for (int f : foreign) {
                    s.tie(name(), home, s.m(c), s.m(f), s.m(first).start());
                }
            }
            for (int f : foreign) {
                s.paired[f] = true;
            }
        }
    }
}
