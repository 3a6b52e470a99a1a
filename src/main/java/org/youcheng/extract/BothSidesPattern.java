package org.youcheng.extract;

import org.youcheng.registry.Gazetteer;

/**
 * 两市 (两地, 两省, 两区, 两县, 双方) right before a tie word, in a sentence with one foreign place
 * (意大利X市市长…访问Y,出席两市缔结友好城市10周年纪念活动): that place and the sentence's Chinese place, else the
 * article's own.
 */
final class BothSidesPattern implements TiePattern {

    private static final String[] BOTH_SIDES = {"两市", "两地", "两省", "两区", "两县", "双方", "两城"};

    @Override
    public String name() {
        return "both-sides";
    }

    @Override
    public String label() {
        return "两市";
    }

    /** The position of a word such as 两市 in the sentence, or -1. */
    static int bothSides(String s, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (s.charAt(i) == '两' || s.charAt(i) == '双') {
                for (String w : BOTH_SIDES) {
                    if (s.startsWith(w, i) && i + w.length() <= to) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    @Override
    public void read(Sentence s) {
        int both = bothSides(s.text, s.from, s.to);
        if (both < 0) {
            return;
        }
        int wordEnd = both + 2;
        boolean word = false;
        for (KindWords.Hit w : s.words) {
            if (w.start() >= wordEnd && w.start() - wordEnd <= 4) {
                word = true;
                break;
            }
        }
        if (!word) {
            return;
        }
        Mention foreign = null;
        Gazetteer.Entry home = null;
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            if (m.start() > both) {
                break;
            }
            if (m.foreign() && m.bare() && m.name().length() < 3) {
                continue; // a short gazetteer name written alone (希望, 和平) is a word here
            }
            if (m.foreign()) {
                if (foreign != null || s.paired[k]) {
                    return;
                }
                foreign = m;
            } else if (s.home(k) != null) {
                if (home != null && !home.equals(s.home(k))) {
                    return;
                }
                home = s.home(k);
            }
        }
        if (foreign == null) {
            return;
        }
        if (home == null) {
            home = s.r.subject('市');
        }
        Mention pair = new Mention(both, both + 2, Mention.Type.SUBJECT, s.text.substring(both, both + 2), null, "CN",
                null, true);
        s.tie(name(), home, pair, foreign, both);
    }
}
