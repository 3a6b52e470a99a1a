package org.youcheng.extract;

/** B与A: the foreign place first (哈萨克斯坦阿克套市与连云港市签署…, 俄罗斯X市与中国Y市签署…). */
final class ReversePattern implements TiePattern {

    @Override
    public String name() {
        return "reverse";
    }

    @Override
    public String label() {
        return "外方在前（B与A）";
    }

    @Override
    public void read(Sentence s) {
        for (int a = 0; a + 1 < s.size(); a++) {
            Mention f = s.m(a);
            Mention d = s.m(a + 1);
            if (!f.foreign() || s.paired[a] || s.home(d) == null) {
                continue;
            }
            int after = s.skipBrackets(f.end());
            int gap = d.start() - after;
            if (gap >= 1 && gap <= 3 && "与和同跟".indexOf(s.text.charAt(d.start() - 1)) >= 0
                    && s.plain(after, d.start())) {
                s.tie(name(), s.home(d), d, f, f.start());
                s.paired[a] = true;
            }
        }
    }
}
