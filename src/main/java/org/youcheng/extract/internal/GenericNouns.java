package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Nouns for places in general, written where a name would stand: after a country (法国城市, 德国地方政府) or after a word
 * for abroad (境外城市, 国外地方政府). They name no place.
 */
final class GenericNouns {

    private static final Set<String> NOUNS = Set.of(
            "城市", "城镇", "地区", "地方", "省份", "省州", "州市", "市县", "大城市", "中小城市", "小城市", "港口城市", "地级市", "县级市", "副省级市", "地级城市",
            "副省级城市", "姐妹城市", "姊妹城市", "姐妹城", "友好城市", "友城", "地方政府", "都市", "大都市", "特大城市", "超大城市", "中心城市", "名城");

    /** Words for abroad, and determiners that name no place (有关城市, 相关地方政府, 多个城市, 很多城市). */
    private static final String[] ABROAD = {
        "境外", "国外", "海外", "外国", "国际", "世界", "世界上", "全世界", "全球", "各国", "其他", "有关", "相关", "多个", "部分", "一些", "若干", "主要",
        "更多", "很多", "许多", "众多", "诸多", "不少", "大量", "多座"
    };

    /** Parts of the world, which name no partner (拉美地区, 中东欧, 东南亚): the continents' own names are the sentence's. */
    private static final Set<String> WORLD_REGIONS = Set.of(
            "拉美", "拉丁美洲", "东南亚", "南亚", "中亚", "西亚", "东亚", "东北亚", "中东", "中东欧", "东欧", "西欧", "北欧", "南欧", "中欧", "北非", "西非",
            "东非", "南非洲", "撒哈拉以南非洲", "加勒比", "太平洋岛国", "南太平洋", "北美", "南美", "中美洲");

    /**
     * The characters the nouns, the parts of the world and the words for abroad begin with: a name that begins with
     * none of them is none of them (most names read).
     */
    private static final String FIRSTS = firsts();

    private GenericNouns() {}

    private static String firsts() {
        StringBuilder b = new StringBuilder("东西南北中"); // DIRECTION_REGION's
        List<String> words = new ArrayList<>(NOUNS);
        words.addAll(WORLD_REGIONS);
        words.addAll(List.of(ABROAD));
        for (String w : words) {
            if (b.indexOf(w.substring(0, 1)) < 0) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /**
     * Whether a gazetteer name written alone at {@code [i, stop)} is a word of the sentence, whatever foreign place
     * the open data also gives that name: a noun for places in general ({@link #is}); right after 中国 or 我国
     * (中国西部地区, a part of China, not Ghana's); a word of the dictionary or of amount before a number (高达4个, not
     * Gouda); a tie word (友谊市, not the American town Friendship).
     */
    static boolean aloneIsNoun(String s, int i, int stop) {
        String name = s.substring(i, stop);
        if (is(name)) {
            return true;
        }
        int k = i > 0 && s.charAt(i - 1) == '的' ? i - 1 : i;
        if (k >= 2 && (s.startsWith("中国", k - 2) || s.startsWith("我国", k - 2))) {
            return true;
        }
        if (stop < s.length()
                && (ChineseText.digit(s.charAt(stop)) || ChineseNumerals.NUMERALS.indexOf(s.charAt(stop)) >= 0)
                && (CommonWords.word(name) || AMOUNTS.contains(name))) {
            return true;
        }
        return KindWords.FIRST_CHARACTERS.indexOf(s.charAt(i)) >= 0
                && KindWords.SHARED.words.longest(s, i, Math.min(s.length(), i + 10), new int[1]) >= stop;
    }

    /** Verbs of amount before a number, which the dictionary lacks and open data gives as towns (高达, Gouda). */
    private static final Set<String> AMOUNTS = Set.of("高达", "多达", "长达", "约达", "已达", "共达", "远达", "总达");

    /** A direction (东, 中, 东北, 中西): a part of a country or of the world is named by one with 部 or 地区 after it. */
    static final String DIRECTION = "[东西南北中][东西南北]?";

    private static final java.util.regex.Pattern DIRECTION_REGION = java.util.regex.Pattern.compile(DIRECTION + "部?地区");

    /** Whether a name read is a part of the world (拉美地区, 东南亚), with 地区 after it or not. */
    static boolean worldRegion(String name) {
        return WORLD_REGIONS.contains(name.endsWith("地区") ? name.substring(0, name.length() - 2) : name);
    }

    /**
     * The end of the close of an enumeration at {@code from} (等城市, 等国际大都市, 等3个城市, 等三座城市, 等 alone), or -1:
     * 等, a count of places and a noun for places in general, each but 等 optional.
     */
    static int enumerationClose(String s, int from) {
        if (!s.startsWith("等", from)) {
            return -1;
        }
        int p = from + 1;
        while (p < s.length() && (ChineseText.digit(s.charAt(p)) || "一二两三四五六七八九十几数多".indexOf(s.charAt(p)) >= 0)) {
            p++;
        }
        if (p > from + 1 && p < s.length() && "个座".indexOf(s.charAt(p)) >= 0) {
            p++;
        }
        for (int e = Math.min(s.length(), p + 6); e > p; e--) {
            if (is(s.substring(p, e))) {
                return e;
            }
        }
        return p == from + 1 ? p : -1;
    }

    /** Whether a name read is a noun for places in general, with a word for abroad before it or not. */
    static boolean is(String name) {
        if (name.isEmpty() || FIRSTS.indexOf(name.charAt(0)) < 0) {
            return false;
        }
        if (DIRECTION_REGION.matcher(name).matches()) {
            return true; // 日本东北地区: a part of the country by its direction, as the press writes it
        }
        if (NOUNS.contains(name) || worldRegion(name)) {
            return true;
        }
        for (int k = 2; k + 2 <= name.length() && name.length() <= 8; k++) {
            if (NOUNS.contains(name.substring(0, k)) && NOUNS.contains(name.substring(k))) {
                return true; // two of them (韩国地方城市, 地区城市)
            }
        }
        // a determiner and a word for abroad may both stand first (许多国外城市)
        for (String a : ABROAD) {
            if (name.length() > a.length()
                    && name.startsWith(a)
                    && (NOUNS.contains(name.substring(a.length()))
                            || name.length() <= 8 && is(name.substring(a.length())))) {
                return true;
            }
        }
        return false;
    }
}
