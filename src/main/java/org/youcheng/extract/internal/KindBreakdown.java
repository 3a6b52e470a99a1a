package org.youcheng.extract.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A part after 其中 that is a total after all: the count of one kind among all partners (与30个城市建立友好关系,其中友好城市18个;
 * 其中,正式建立了国际友好城市关系的12个). A part by continent, level, year or country, or a count of a kind the paragraph has
 * already counted for the place, stays a part.
 */
final class KindBreakdown {

    /** Continents, levels and periods a part is counted by. */
    private static final Pattern BY_OTHER =
            Pattern.compile("亚洲|欧洲|非洲|美洲|大洋洲|拉美|澳洲|[省市地县区州]级|今年|去年|当年|本年|年内|新增|新结|近年|(?:19|20)\\d{2}");

    private KindBreakdown() {}

    /** Whether the clause {@code [from, to)} after 其中, which reads as {@code f}, counts its place's partners of a kind. */
    static boolean ofKind(Reading r, int from, int to, TotalFinder.Found f, List<TotalFinder.Found> paragraph) {
        if (f.allPartners() != null
                || (f.sister() == null) == (f.partner() == null)
                || BY_OTHER.matcher(r.text).region(from, to).find()) {
            return false;
        }
        for (Mention m : r.mentions) {
            if (m.start() >= from && m.end() <= to && (m.foreign() || m.type() == Mention.Type.COUNTRY)) {
                return false;
            }
        }
        for (TotalFinder.Found g : paragraph) {
            if (g.place().id() == f.place().id()
                    && ((f.sister() != null && g.sister() != null) || (f.partner() != null && g.partner() != null))) {
                return false;
            }
        }
        return true;
    }
}
