package org.youcheng.extract.internal;

/** AB: the foreign place written right after the Chinese one, no connector (江北区葡萄牙布拉加市签署结好意向书). */
final class AdjacentPattern extends NamedPattern {

    AdjacentPattern() {
        super("adjacent", "并列书写");
    }

    @Override
    public void read(Sentence s) {
        for (int a = 0; a + 1 < s.size(); a++) {
            Mention m = s.m(a);
            if (adjacent(s, a) && !s.paired[a + 1]) {
                s.tie(this, s.home(a), m, s.m(a + 1));
                s.paired[a + 1] = true;
            }
        }
    }

    /**
     * Whether mention {@code a} is Chinese and a foreign place with its country begins where it ends, or a foreign
     * place written alone, which a tie word then follows at once (深化上海横滨友好城市关系).
     */
    static boolean adjacent(Sentence s, int a) {
        if (a + 1 >= s.size() || !s.m(a).domestic() || s.m(a + 1).start() != s.m(a).end()) {
            return false;
        }
        Mention f = s.m(a + 1);
        return f.type() == Mention.Type.FOREIGN
                || f.type() == Mention.Type.FOREIGN_BARE
                        && CommonWords.onlyName(f.name())
                        && s.words.stream().anyMatch(w -> w.start() == f.end() && !w.generic());
    }
}
