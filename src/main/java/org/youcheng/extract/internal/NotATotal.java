package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieRules;

/**
 * Counts written like totals that count something else: places that won an award (30个省份和城市获得国际友好城市交流合作奖)
 * the Chinese places just enumerated (北京市、上海市等10个省市…): a count of Chinese places is no count of partners; and
 * the ties between two sides (目前双方有2对友城关系): a count of pairs between them, not one place's whole.
 */
final class NotATotal {

    /** An award won: 获, 荣获, 获得, 分获 and a prize (奖, 奖项, 称号) in the clause. */
    private static final Pattern AWARD = Pattern.compile("(?:获|授予)[^,，。；;]{0,30}?(?:奖|称号)");

    private NotATotal() {}

    /** Whether the clause {@code [from, to)}, whose first count begins at {@code count}, counts no partners. */
    static boolean counts(Reading r, int from, int count, int to) {
        String s = r.text; // each expression is tried only where a character it needs is written
        return ChineseText.anyIn(s, "获授", from, to)
                        && AWARD.matcher(s).region(from, to).find()
                || ReferredPair.wordAt(s, from, count) >= 0
                || chinesePlacesBefore(r, from, count)
                || ChineseText.anyIn(s, "个", from, to)
                        && GROUP_OF_COUNTRIES.matcher(s).region(from, to).find()
                || ChineseText.anyIn(s, "团次", count, to)
                        && VISITORS.matcher(s).region(count, to).find();
    }

    /** What comes from the partners (累计有58个国际友城、友好组织代表团来宁): delegations and visitors, no ties. */
    private static final Pattern VISITORS = Pattern.compile("代表团|访问团|考察团|人次");

    /**
     * The partners in a group of countries (与60个“一带一路”沿线国家建立了297对国际友城, 与10个RCEP成员国…, 东盟国家): a part of the
     * place's whole, not the whole.
     */
    private static final Pattern GROUP_OF_COUNTRIES =
            Pattern.compile("\\d+个[^,，。；;]{0,12}?(?:沿线国家|成员国|东盟国家|欧盟国家|非洲国家|拉美国家|阿拉伯国家|周边国家|中东欧国家)");

    /**
     * A level written before a tie word (县级友好城市, 市级友城, 省级国际友好关系): the ties of that level; a level that
     * qualifies something else (重庆市及其下辖各县级行政区) is none.
     */
    static final Pattern TIE_LEVEL = Pattern.compile("[省市地县区州]级(?:国际)?(?:友好|友城|姐妹|姊妹)");

    /**
     * Whether the clause counts ties of a level other than the place's own (湖南省…市级友城6对: its cities'; 长沙市的市级友城
     * and 北京市's 省级 or 市级 ones are its own).
     */
    static boolean otherLevel(String clause, Gazetteer.Entry place) {
        Matcher m = TIE_LEVEL.matcher(clause);
        if (!m.find()) {
            return false;
        }
        char c = clause.charAt(m.start());
        int tier = c == '省' ? 1 : "市地州".indexOf(c) >= 0 ? 2 : 3;
        return tier != place.level().tier() && !(TieRules.municipality(place.level(), place.nameZh()) && tier <= 2);
    }

    /** A list marker at the head of a list's item (1、, (1), ①, 一、). */
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile(
            "[\\s:：]*(?:[0-9]{1,2}[、.．]|[(（][0-9一二三四五六七八九十]{1,2}[)）]|[①-⑳]|[一二三四五六七八九十][、.．])?\\s*");

    /**
     * 有4个友好城市\n1、山西运城: a count whose list, right after it, begins with a Chinese place counts friends at home,
     * not partners abroad.
     */
    static boolean domesticListAfter(Reading r, int end) {
        java.util.regex.Matcher m = ITEM.matcher(r.text).region(end, Math.min(r.text.length(), end + 12));
        if (!m.lookingAt()) {
            return false;
        }
        Mention first = Mention.startingAt(r.mentions, m.end());
        return first != null && first.domestic();
    }

    /** X、Y等N个…: the count ends an enumeration whose last item is a Chinese place. */
    private static boolean chinesePlacesBefore(Reading r, int from, int count) {
        int deng = count;
        while (deng > from && "近约逾共计".indexOf(r.text.charAt(deng - 1)) >= 0) {
            deng--;
        }
        if (deng - 2 > from && r.text.startsWith("中国", deng - 2)) {
            deng -= 2; // 广州市等中国七个省市: the Chinese places of a foreign city
        }
        if (deng <= from || r.text.charAt(deng - 1) != '等') {
            return false;
        }
        Mention m = Mention.endingAt(r.mentions, deng - 1, from);
        return m != null && m.domestic();
    }
}
