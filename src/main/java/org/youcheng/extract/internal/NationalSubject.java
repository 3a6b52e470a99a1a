package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause whose subject is the whole country (中国已与129个国家建立了1817对友好城市关系, 截至2015年,我国对外友好城市数量达
 * 2209对): what it counts is the nation's, not the place an earlier clause or the article is about. The country is the
 * subject when it is written before the count and after no word that makes it an object or a setting (与中国12个城市,
 * 在全国率先).
 */
final class NationalSubject {

    /** China's partners by their one-character short form after 中 (中日, 中美, 中俄两国): one list for both readings. */
    private static final String SHORT_FORMS = "[日韩朝俄美英法德意澳加蒙越老泰印荷比葡希匈捷波芬挪丹瑞埃南新马菲柬缅哈乌吉塔巴墨智秘古以伊土沙]";

    /**
     * The nation, or the nation and another as a pair (中日友好城市共248对, 中俄两国, 中法地方合作: China and one country by
     * its one-character short form, before the word that makes them a pair).
     */
    private static final CuedPattern NATION =
            new CuedPattern(Pattern.compile("全国|我国|中国|中" + SHORT_FORMS + "(?=友好|友城|两国|地方|双方|之间|间的?友)"), "全我中");
    /** Words that make the nation an object or a setting: 与中国, 同我国, 在全国率先, 居全国, 于全国. */
    private static final Pattern OBJECT = Pattern.compile("[与同跟和在居于]");

    private NationalSubject() {}

    /** Whether the nation is named in {@code [from, to)} (the reading's text is in simplified characters). */
    static boolean named(String s, int from, int to) {
        return NATION.find(s, from, to) >= 0; // it looks neither behind nor, past its region, ahead
    }

    /** Whether the clause from {@code from} to {@code to} has the nation as its subject before its first digit. */
    static boolean speaks(String s, int from, int to) {
        int count = from;
        boolean hint = false; // every way of naming the nation has 国 or 中: most clauses skip the expression
        while (count < to && !ChineseText.digit(s.charAt(count))) {
            char c = s.charAt(count++);
            hint |= c == '国' || c == '中';
        }
        if (!hint) {
            return false;
        }
        int nation = NATION.find(s, from, count);
        return nation >= 0 && !OBJECT.matcher(s).region(from, nation).find();
    }

    /**
     * What two countries share (中美已建立282对…, 中日两国共有…, 两国建立了43对友好省州): no place's total.
     */
    private static final Pattern TWO_COUNTRIES =
            Pattern.compile("中" + SHORT_FORMS + "(?:两国)?(?:之间|间|已|共|双方|建交)|(?<![与同和跟])两国");

    /** Two countries named before the count in its sentence, and no Chinese place after them (中美建交33年来,已建立…). */
    static boolean twoCountries(Reading r, int sentenceStart, int count) {
        if (!ChineseText.anyIn(r.text, "中两", sentenceStart, count)) {
            return false; // every match begins with one of them
        }
        Matcher m = TWO_COUNTRIES.matcher(r.text).region(sentenceStart, count);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        final int after = end;
        return after >= 0 && r.mentions.stream().noneMatch(x -> x.domestic() && x.start() >= after && x.end() <= count);
    }
}
