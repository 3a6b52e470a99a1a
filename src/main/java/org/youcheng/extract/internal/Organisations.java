package org.youcheng.extract.internal;

import java.util.List;

/**
 * Names of organisations that begin with a place name: an office of the place (满洲里市市场监督管理局, 市政府外办) or an
 * institution named after it (绿河学院, 某某大学). The place written before them is not the place itself. Also the names
 * of awards in quotes, whose tie words state no tie (“对华友好城市优秀伙伴奖”).
 */
final class Organisations {

    /** Institutions named after a place: a foreign name read before one of them ends there (奥本市绿河学院). */
    private static final String[] INSTITUTIONS = {"学院", "大学", "中学", "小学", "公司", "医院", "博物馆"};
    /** Offices and bodies of a Chinese place, and its press. */
    private static final String[] OFFICES = {
        "市场",
        "委员会",
        "党委",
        "人大",
        "政协",
        "局",
        "代表团",
        "外办",
        "外事",
        "日报",
        "电视台",
        "银行",
        "商会",
        "协会",
        "对外友好协会",
        "人民对外友好协会",
        "友好协会",
        "友协",
        "理事会"
    };

    /** Bodies that twin with their like abroad beside places (结为友好学校, 缔结友好医院): institutions and more. */
    private static final String[] TWINNING_BODIES = {"学校", "高中", "初中", "院校", "幼儿园", "企业", "协会", "商会", "图书馆", "园区", "社区"
    };

    /** Features named after a place written without its suffix: 青海湖 is a lake, 青岛港 a port, not the place. */
    private static final String[] FEATURES = {"湖", "港", "机场"};

    /** A public school or hospital of the place before (茨城县立并木中学, 深圳市第二高级中学, 东京都立大学). */
    private static final java.util.regex.Pattern PUBLIC_INSTITUTION = java.util.regex.Pattern.compile(
            "(?:立|第[一二三四五六七八九十0-9]{1,3})\\p{IsHan}{0,6}?(?:高级中学|中学|小学|大学|学院|高中|初中|医院|学校|幼儿园)");

    /** Events named after their host (北京冬奥会, 上海世博会, 杭州亚运会): the place before them is no side of a tie. */
    private static final String[] EVENTS = {
        "冬残奥", "残奥", "冬奥", "奥运", "亚运", "亚冬", "大运", "全运", "青奥", "世博", "进博", "园博", "花博", "世园"
    };

    /** Whether the name of an event begins at {@code k} (the text is read in simplified characters). */
    static boolean eventAt(String t, int k) {
        return ChineseText.startsWithAny(t, k, EVENTS);
    }

    /** A place's government written after its name (市政府, 市人民政府): the place acting, not an organisation. */
    private static final String[] GOVERNMENT = {"人民政府", "政府"};

    private Organisations() {}

    /** Where a government's word written at {@code at} ends, or {@code at} when none is written there. */
    static int governmentEnd(String s, int at) {
        for (String w : GOVERNMENT) {
            if (s.startsWith(w, at)) {
                return at + w.length();
            }
        }
        return at;
    }

    /** Whether a public institution named after the place just before begins at {@code k} (县立X中学, 第二中学). */
    static boolean publicInstitutionAt(String s, int k) {
        return k < s.length()
                && (s.charAt(k) == '立' || s.charAt(k) == '第')
                && PUBLIC_INSTITUTION
                        .matcher(s)
                        .region(k, Math.min(s.length(), k + 14))
                        .lookingAt();
    }

    /** Whether a feature named after the place just before begins at {@code k} (青海湖, 天津港). */
    static boolean featureAt(String s, int k) {
        return ChineseText.startsWithAny(s, k, FEATURES) && !s.startsWith("港澳", k);
    }

    /** Whether the name of an institution named after a place begins at {@code k}. */
    static boolean institutionAt(String s, int k) {
        return ChineseText.startsWithAny(s, k, INSTITUTIONS);
    }

    /** Whether a word for a body that twins (an institution, a school, a firm, an association) begins at {@code k}. */
    static boolean twinningBodyAt(String s, int k) {
        return ChineseText.startsWithAny(s, k, INSTITUTIONS) || ChineseText.startsWithAny(s, k, TWINNING_BODIES);
    }

    /** Whether the name of any organisation, an office or an institution, begins at {@code k}. */
    static boolean at(String s, int k) {
        return ChineseText.startsWithAny(s, k, OFFICES) || ChineseText.startsWithAny(s, k, INSTITUTIONS);
    }

    private static final java.util.regex.Pattern MISSION =
            java.util.regex.Pattern.compile("(?:总领事馆|领事馆|总领馆|领馆|大使馆|使馆|办事处|代表处|代表团)");

    /** Whether a place is written after 驻 and before a mission (驻广州总领事馆, 驻上海办事处). */
    static boolean missionSeat(String t, Mention m) {
        return m.start() > 0
                && t.charAt(m.start() - 1) == '驻'
                && MISSION.matcher(t)
                        .region(m.end(), Math.min(t.length(), m.end() + 4))
                        .lookingAt();
    }

    /**
     * A place written as the owner of a public school or hospital (茨城县立并木中学) names the institution; a place
     * after 驻 is where a mission sits (白俄罗斯驻广州总领事馆), no side of a tie.
     */
    static List<Mention> withoutInstitutions(List<Mention> in, String t) {
        return Mention.without(
                in, m -> m.type() != Mention.Type.COUNTRY && (publicInstitutionAt(t, m.end()) || missionSeat(t, m)));
    }

    /**
     * A place written before an event names its host (北京冬奥会): no side of a tie, and not the place the article is
     * about.
     */
    static List<Mention> withoutEventHosts(List<Mention> in, String t) {
        return Mention.without(in, m -> m.type() != Mention.Type.COUNTRY && eventAt(t, m.end()));
    }

    /** Whether a word stands inside a name in quotes that ends with 奖 or 称号 (“国际友好城市杰出贡献奖”): an award. */
    static boolean inQuotedAward(String s, int start, int end) {
        int open = -1;
        for (int i = start - 1; i >= Math.max(0, start - 20) && open < 0; i--) {
            char c = s.charAt(i);
            if (c == '”' || c == '。') {
                return false;
            }
            open = c == '“' ? i : -1;
        }
        int close = open < 0 ? -1 : s.indexOf('”', end, Math.min(s.length(), end + 21)); // not past the 20 allowed
        return close > 0 && close - end <= 20 && (s.charAt(close - 1) == '奖' || s.startsWith("称号", close - 2));
    }
}
