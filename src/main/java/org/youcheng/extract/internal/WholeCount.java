package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole after a count in one sentence (共对外缔结国际友好城市10座，总数达44座): the count before it is what was added,
 * and a bare whole takes the kind of that count.
 */
final class WholeCount {

    private WholeCount() {}

    /** A clause that states the whole (总数达44座, 总量, 友城数量达到25对): a count before it in the sentence is a part. */
    private static final String WORDS = "总数|总量|总计|总共|数量";

    private static final String[] WHOLE_WORDS = WORDS.split("\\|");

    /** Whether a clause states the whole (总数, 总量, 总计, 总共). */
    static boolean states(String lead) {
        return ChineseText.containsAny(lead, WHOLE_WORDS);
    }

    /** 总数达44座 after a count of one kind in the sentence (…缔结国际友好城市10座): the whole, of the same kind. */
    static TotalFinder.Found after(String lead, TotalFinder.Found before, int from, int to) {
        Matcher w = WHOLE_COUNT.matcher(lead);
        if (!w.find()) {
            return null;
        }
        int n = ChineseNumerals.value(w.group(1));
        Integer[] fields = {before.sister(), before.partner(), before.allPartners()};
        int given = 0;
        for (Integer v : fields) {
            given += v != null ? 1 : 0;
        }
        if (n <= 0 || given != 1) {
            return null;
        }
        return new TotalFinder.Found(
                before.place(),
                before.sister() != null ? n : null,
                before.partner() != null ? n : null,
                before.allPartners() != null ? n : null,
                null,
                before.asOf(),
                from,
                to);
    }

    private static final Pattern WHOLE_COUNT =
            Pattern.compile("^(?:" + WORDS + ")(?:已)?(?:达到|达|为|增至|共)?(\\d{1,5}|[一二两三四五六七八九十百]{1,4})(?:个|座|对)");
}
