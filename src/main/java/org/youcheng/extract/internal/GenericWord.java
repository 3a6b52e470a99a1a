package org.youcheng.extract.internal;

import org.youcheng.registry.TieKind;

/**
 * A word for any tie (结好, Taiwan's 缔盟) written after a pair gives way to a word of a formal or looser kind that the
 * sentence writes for the same act: between the sides (与X市结为友好交流城市关系并结好), else after the generic word
 * with no other foreign place named between them (与甲佐町缔盟，今日举行友好交流协定签署仪式: the agreement signed names the kind).
 */
final class GenericWord {

    private GenericWord() {}

    static KindWords.Hit specific(Sentence s, KindWords.Hit generic, int pairStart, int pairEnd) {
        for (KindWords.Hit w : s.words) {
            if (w.start() >= pairStart && w.end() <= pairEnd && ofAKind(w)) {
                return w;
            }
        }
        for (KindWords.Hit w : s.words) {
            if (w.start() >= generic.end() && ofAKind(w)) {
                return foreignBetween(s, generic.end(), w.start()) ? generic : w;
            }
        }
        return generic;
    }

    private static boolean ofAKind(KindWords.Hit w) {
        return !w.generic() && w.kind() != TieKind.INTENT;
    }

    private static boolean foreignBetween(Sentence s, int a, int b) {
        for (Mention m : s.ms) {
            if (m.foreign() && m.start() >= a && m.start() < b) {
                return true;
            }
        }
        return false;
    }
}
