package org.youcheng.extract.internal;

/**
 * A pair written as the topic of its sentence, its predicate clauses later (中国上海普陀区和美国纽约布鲁克林区，经过友好
 * 协商…签署友好协定，…，最终成为友好城市): the first tie word after the pair, however far, when it is the next event
 * the sentence writes — no place named between, no clause of its own subject (两市, 双方 and the like are the pair).
 */
final class TopicPair {

    private TopicPair() {}

    /** Words that open a clause with another side than the pair: its tie word is not the pair's. */
    private static final String[] OTHER_SUBJECTS = {
        "我市", "我省", "我区", "我县", "全市", "全省", "此外", "另外", "同时", "其中", "目前", "迄今"
    };

    /** The first tie word after {@code pairEnd} in the sentence, when the pair is the topic it predicates; else null. */
    static KindWords.Hit word(Sentence s, int pairEnd) {
        if (pairEnd >= s.to || !ChineseText.clauseEnd(s.text.charAt(pairEnd))) {
            return null; // the pair stands alone as a topic: a clause ends right after it
        }
        for (KindWords.Hit w : s.words) {
            if (w.start() < pairEnd) {
                continue;
            }
            for (Mention m : s.ms) {
                if (m.start() >= pairEnd && m.start() < w.start()) {
                    return null;
                }
            }
            for (int i = pairEnd; i < w.start(); i++) {
                if (ChineseText.clauseEnd(s.text.charAt(i))
                        && ChineseText.startsWithAny(s.text, i + 1, OTHER_SUBJECTS)) {
                    return null;
                }
            }
            return w;
        }
        return null;
    }
}
