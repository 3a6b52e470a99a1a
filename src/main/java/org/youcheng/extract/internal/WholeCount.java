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

    /**
     * The words of a whole, and the verbs that state a running whole (友城达到25个, 增至30对) whatever was added before
     * it in the sentence.
     */
    private static final String[] STATES_WHOLE = (WORDS + "|达到|增至|增加到|增加至|累计").split("\\|");

    /** Whether a clause states the whole (总数, 总量, 总计, 总共; 达到, 增至). */
    static boolean states(String lead) {
        return ChineseText.containsAny(lead, STATES_WHOLE);
    }

    /** 总数达44座 after a count of one kind in the sentence (…缔结国际友好城市10座): the whole, of the same kind. */
    static TotalFinder.Found after(String lead, TotalFinder.Found before, int from, int to) {
        Matcher w = WHOLE_COUNT.matcher(lead);
        if (!w.find()) {
            return countriesOf(lead, before, to);
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

    /**
     * 遍及28个国家, 分布在五大洲25个国家: the countries of the total just read, in a clause of their own; the total
     * again with them (it replaces the one before, see {@link #replaces}).
     */
    private static TotalFinder.Found countriesOf(String lead, TotalFinder.Found before, int to) {
        Matcher c = SPREAD.matcher(lead);
        if (!c.lookingAt() || before.countries() != null) {
            return null;
        }
        int n = ChineseNumerals.value(c.group(1));
        return n <= 0
                ? null
                : new TotalFinder.Found(
                        before.place(),
                        before.sister(),
                        before.partner(),
                        before.allPartners(),
                        n,
                        before.asOf(),
                        before.start(),
                        to);
    }

    /** Whether the total a clause states replaces the place's counts read before it in the sentence. */
    static boolean replaces(String lead) {
        return states(lead) || SPREAD.matcher(lead).lookingAt();
    }

    private static final Pattern SPREAD = Pattern.compile(
            "(?:遍及|遍布|分布在|分布于|分布|覆盖|涵盖|涉及)(?:全球|世界|全世界|[四五六]大洲|各大洲)?的?(\\d{1,3}|[一二两三四五六七八九十]{1,3})个国家");

    private static final Pattern WHOLE_COUNT =
            Pattern.compile("^(?:" + WORDS + ")(?:已)?(?:达到|达|为|增至|共)?(\\d{1,5}|[一二两三四五六七八九十百]{1,4})(?:个|座|对)");
}
