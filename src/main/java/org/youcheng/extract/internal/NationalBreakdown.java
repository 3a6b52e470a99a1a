package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.TieKind;

/**
 * A national count broken down by Chinese places (全国现有友城2800个,其中我省100个,西安市40个): each part after 其中 that
 * is a Chinese place and a count alone is that place's total, of the kind the national count names. The national count
 * itself is no place's total.
 */
final class NationalBreakdown {

    private static final Pattern NATIONAL = Pattern.compile("全国|我国");
    /** After the place: a verb at most, then the count with its measure word, and nothing else. */
    private static final Pattern COUNT =
            Pattern.compile("\\s*(?:有|为|共有|共|达|达到|计)?\\s*(\\d{1,5}|[一二两三四五六七八九十百]{1,4})\\s*(?:个|对|座)\\s*");

    private final KindWords kinds;

    NationalBreakdown(KindWords kinds) {
        this.kinds = kinds;
    }

    /** The place and count of the clause {@code [from, to)} when it is such a part, else null. */
    RespectiveCounts.Counted read(Reading r, int sentenceStart, int from, int to) {
        String s = r.text;
        int qizhong = ChineseText.indexIn(s, "其中", sentenceStart, to);
        if (qizhong < 0) {
            return null;
        }
        Matcher nat = NATIONAL.matcher(s).region(sentenceStart, qizhong);
        if (!nat.find()) {
            return null;
        }
        TieKind kind = RespectiveCounts.oneKind(kinds.find(s, nat.start(), qizhong));
        int at = Math.max(from, qizhong);
        at = s.startsWith("其中", at) ? at + 2 : at;
        while (at < to && ChineseText.space(s.charAt(at))) {
            at++;
        }
        for (Mention m : r.mentions) {
            if (m.start() == at && OwnPlace.of(r, m) != null && kind != null) {
                Matcher c = COUNT.matcher(s).region(m.end(), to);
                if (!c.matches()) {
                    return null;
                }
                return RespectiveCounts.Counted.of(r.domestic(m), kind, ChineseNumerals.value(c.group(1)));
            }
        }
        return null;
    }
}
