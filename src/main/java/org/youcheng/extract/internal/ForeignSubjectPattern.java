package org.youcheng.extract.internal;

import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;

/**
 * The foreign place a sentence opens with, left out of a later clause that ties it (墨西哥城是两国友好合作的窗口，同北京市
 * 结为友好城市; X州是美国的农业主产区，在1983年与河北省结成了“友好省州”): a clause that begins with 与 and a Chinese place,
 * after nothing but times and adverbs ({@link ElidedSubjectPattern#LEAD}), with no foreign place of its own and a tie
 * word of its own, ties that Chinese place to the foreign place of the sentence's first clause, its subject. A venue
 * (在X举办) is no subject.
 */
final class ForeignSubjectPattern extends NamedPattern {

    /** The longest text before the foreign subject in its clause (位于美国中部的). */
    private static final int BEFORE_SUBJECT = 10;

    private static final Pattern LEAD =
            Pattern.compile(ElidedSubjectPattern.LEAD.pattern() + "(?:中国|我国)?" + PlaceDescriptors.WORDS + "?");

    /** Clauses of time or source before the subject's own (据悉,早在2008年,X市…): no subject of their own. */
    private static final Pattern LEAD_INS =
            Pattern.compile("(?:(?:据悉|据了解|据介绍|另悉|此外|同时|" + ElidedSubjectPattern.TIME + ")\\s*[,，]?\\s*)*");

    ForeignSubjectPattern() {
        super("foreign-subject", "外方主语省略");
    }

    @Override
    public void read(Sentence s) {
        int first = 0;
        while (first < s.size() && s.m(first).type() == Mention.Type.COUNTRY) {
            first++; // 位于美国中部的艾奥瓦州: the country named before the subject
        }
        if (first + 1 >= s.size() || !s.m(first).foreign()) {
            return;
        }
        Mention f = s.m(first);
        int subjectClause = s.clauseStart(f.start(), s.from);
        if (subjectClause != s.from
                        && !LEAD_INS.matcher(
                                        s.text.substring(s.from, subjectClause).strip())
                                .matches()
                || f.start() - subjectClause > BEFORE_SUBJECT
                || ChineseText.venue(s.text, f.start(), f.end())) {
            return;
        }
        int firstClauseEnd = s.clauseEnd(f.end());
        for (int k = first + 1; k < s.size(); k++) {
            Mention d = s.m(k);
            Gazetteer.Entry home = s.home(k);
            if (home == null || d.start() <= firstClauseEnd) {
                continue;
            }
            int cs = s.clauseStart(d.start(), s.from);
            int ce = s.clauseEnd(d.end());
            if (LEAD.matcher(s.text.substring(cs, d.start()).strip()).matches()
                    && !foreignIn(s, cs, ce)
                    && s.words.stream().anyMatch(w -> w.start() >= d.end() && w.end() <= ce)) {
                s.tie(name(), home, d, f, f.start());
            }
        }
    }

    private static boolean foreignIn(Sentence s, int from, int to) {
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            if (m.foreign() && m.start() >= from && m.end() <= to) {
                return true;
            }
        }
        return false;
    }
}
