package org.youcheng.extract.internal;

import java.util.regex.Pattern;

/**
 * The role of the foreign places written after it (作为我省国际友好省州,俄罗斯奔萨州州长…、白俄罗斯格罗德诺州州长…发来贺信):
 * a clause of 作为, one Chinese place (or 我省, 我市) and a tie word, and nothing else; each foreign place that heads an
 * item of the next clause is a partner of that place, of the word's kind. A next clause that names a Chinese place of
 * its own reads nothing.
 */
final class RoleClausePattern extends NamedPattern {

    /** What may stand between the Chinese place and the tie word (的, 国际, 国外). */
    private static final Pattern BETWEEN = Pattern.compile("\\s*的?(?:国际|国外)?\\s*");

    RoleClausePattern() {
        super("role-clause", "作为…友城");
    }

    @Override
    public void read(Sentence s) {
        for (KindWords.Hit w : s.words) {
            int start = ChineseText.afterSpaces(s.text, s.clauseStart(w.start(), s.from), w.start());
            int end = s.clauseEnd(w.end());
            if (end >= s.to
                    || !s.text.startsWith("作为", start)
                    || !s.text.substring(w.end(), end).isBlank()) {
                continue;
            }
            int home = onlyChinesePlace(s, start, end);
            if (home < 0
                    || !BETWEEN.matcher(s.text)
                            .region(s.m(home).end(), w.start())
                            .matches()) {
                continue;
            }
            int next = end + 1;
            int nextEnd = s.clauseEnd(next);
            if (SentenceHomes.chineseIn(s, next, nextEnd) != null) {
                continue;
            }
            for (int k = 0; k < s.size(); k++) {
                Mention m = s.m(k);
                if (m.start() < next || m.end() > nextEnd || !m.foreign() || s.paired[k] || !headsItem(s, next, m)) {
                    continue;
                }
                s.add(
                        name(),
                        s.home(home),
                        m,
                        w.kind(),
                        w.generic(),
                        s.dates.signed(m, start, m.end()),
                        start,
                        m.end());
                s.paired[k] = true;
            }
        }
    }

    /** The one Chinese place of a clause when it names no foreign place; else -1. */
    private static int onlyChinesePlace(Sentence s, int from, int to) {
        int found = -1;
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            if (m.start() < from || m.end() > to) {
                continue;
            }
            if (m.foreign() || m.type() == Mention.Type.COUNTRY || found >= 0 || s.home(k) == null) {
                return -1;
            }
            found = k;
        }
        return found;
    }

    /** Whether the mention begins the clause or an item of its list (after 、). */
    private static boolean headsItem(Sentence s, int clauseStart, Mention m) {
        int i = m.start();
        while (i > clauseStart && Character.isWhitespace(s.text.charAt(i - 1))) {
            i--;
        }
        return i == clauseStart || s.text.charAt(i - 1) == '、';
    }
}
