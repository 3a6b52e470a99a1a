package org.youcheng.extract.internal;

import java.util.regex.Pattern;

/**
 * A period (从1979年到1996年, 1996年至2012年) or more added (再结3个, 新增): what a clause with one counts is new ties, not a
 * total.
 */
final class NewTiesPeriod {

    /** Its look-behind looks inside the match; a match begins with one of the cued characters. */
    private static final CuedPattern PERIOD = new CuedPattern(
            Pattern.compile(
                    "(?:19|20)\\d{2}年?[^,，。；;]{0,8}?(?<!截)(?:到|至|—|-|–)(?:19|20)\\d{2}|新增|新建|新结|新缔结|(?:再|又)(?:结|添|增|缔结)|年内|期间|一次性"),
            "12新再又年期一");

    private NewTiesPeriod() {}

    /** Whether a period or more added is written between two positions. */
    static boolean in(String s, int from, int to) {
        return PERIOD.find(s, from, to) >= 0;
    }
}
