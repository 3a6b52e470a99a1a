package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieKind;

/**
 * A list after a colon under a heading that names the kind (现有国际友好城市9个,依次为:德国X市(2006年8月)、…), or
 * after 如, 例如, 包括, 分别为 whose first item follows at once (签约的友好省州有好几个,如法国X省、美国Y州): each foreign place that
 * begins an item is tied to the Chinese place of the heading, else the article's own (a province for 友好省州).
 */
final class ColonListPattern extends NamedPattern {

    ColonListPattern() {
        super("colon-list", "冒号列举");
    }

    @Override
    public void read(Sentence s) {
        int colon = s.colon();
        if (colon < 0) {
            colon = examples(s);
        }
        if (colon < 0) {
            return;
        }
        KindWords.Hit heading = null;
        for (KindWords.Hit w : s.words) {
            if (w.end() <= colon) {
                heading = w;
            }
        }
        if (heading == null || s.wording.negated(s.from, heading.start())) {
            return;
        }
        Gazetteer.Entry home = null;
        for (Mention m : s.ms) {
            if (m.start() < colon && s.home(m) != null) {
                home = s.home(m);
            }
        }
        Mention owner = TieOwners.ofOthers(s, s.clauseStart(colon, s.from));
        if (owner == null && home == null && s.size() > 0 && s.m(0).foreign() && s.m(0).end() <= heading.start()) {
            owner = s.m(0); // 基督城一共有7个姐妹城市,包括澳洲的X、中国的武汉: the foreign subject's partners
        }
        if (owner != null) {
            // 三亚是X市的第六个友好城市,其他的城市有:日本的Y市、中国的哈尔滨市: X's partners, of which the Chinese are ours
            for (int k = 0; k < s.size(); k++) {
                if (s.m(k).start() > colon && s.home(k) != null && !s.paired[k]) {
                    s.paired[k] = true;
                    s.add(
                            name(),
                            s.home(k),
                            owner,
                            heading.kind(),
                            heading.generic(),
                            null,
                            s.m(k).start(),
                            s.m(k).end());
                }
            }
            return;
        }
        if (home == null) {
            home = s.r.subject(s.text.substring(heading.start(), heading.end()).contains("省") ? '省' : '市');
        }
        if (home == null) {
            return;
        }
        TieKind kind = s.wording.headingKind(heading);
        for (int k = 0; k < s.size(); k++) {
            Mention f = s.m(k);
            if (f.start() > colon
                    && f.type() == Mention.Type.FOREIGN
                    && !s.paired[k]
                    && (k == 0 || !s.m(k - 1).domestic() || s.m(k - 1).start() < colon)
                    && itemStart(s.text, f.start(), colon)) {
                int end = s.skipBrackets(f.end());
                s.add(name(), home, f, kind, heading.generic(), s.dates.dateIn(f.end(), end), f.start(), end);
                s.paired[k] = true;
            }
        }
    }

    private static final Pattern EXAMPLES = Pattern.compile("[，,](?:其中)?(?:例如|比如|诸如|譬如|包括|如|分别为|分别是|依次为|依次是)");

    /** The last character of 如 (例如, 包括, 分别为) after a comma when a foreign place follows it at once; else -1. */
    private static int examples(Sentence s) {
        boolean cue = false; // most sentences have none of 如, 包括, 分别, 依次: no matcher for them
        for (int i = s.from; i < s.to && !cue; i++) {
            char c = s.text.charAt(i);
            cue = c == '如' || c == '括' || c == '别' || c == '依'; // one of each cue's characters, rare in prose
        }
        if (!cue) {
            return -1;
        }
        Matcher m = EXAMPLES.matcher(s.text).region(s.from, s.to);
        if (!m.find()) {
            return -1;
        }
        for (Mention f : s.ms) {
            if (f.start() == m.end() && f.type() == Mention.Type.FOREIGN) {
                return m.end() - 1;
            }
        }
        return -1;
    }

    /** Whether a list item begins here: right after the colon, a 、, a 和 or a comma. */
    private static boolean itemStart(String s, int at, int colon) {
        if (at == colon + 1) {
            return true;
        }
        char c = s.charAt(at - 1);
        return c == '、' || c == '和' || c == '及' || c == ',' || c == '，' || ChineseText.space(c);
    }
}
