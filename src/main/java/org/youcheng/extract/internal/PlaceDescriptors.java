package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A description written between a country and its place, as the press introduces a partner (日本古城奈良, 克罗地亚历史名城
 * 斯普利特, 新西兰探险胜地皇后镇, 阿根廷旅游名城卡拉法特): a kind of town, with what it is known for in front, or where in the
 * country the place lies (美国中部的艾奥瓦州, 法国南部城市尼斯). It is no part of the name; the place after it is read as if
 * the country stood right before it.
 */
final class PlaceDescriptors {

    /** The words of a description, as a regular expression. */
    static final String WORDS =
            "(?:历史文化|历史|文化|旅游|工业|港口|海滨|滨海|边境|探险|度假|避暑|葡萄酒|音乐|艺术|大学|千年)?" + "(?:名城|古城|古都|城市|重镇|胜地|小城|小镇|之都|之城)";

    /** A part of the country by its direction (中部, 东北部), and 的 or a description after it. */
    private static final String PART = GenericNouns.DIRECTION + "部(?:的|" + WORDS + ")?";

    private static final Pattern DESCRIPTOR = Pattern.compile(PART + "|" + WORDS);
    /** The characters a description begins with. */
    private static final String FIRST = "历文旅工港海滨边探度避葡音艺大千名古城重胜小之东西南北中";

    private PlaceDescriptors() {}

    /** The end of a description that begins at {@code at}, or {@code at} when none does. */
    static int end(String s, int at) {
        if (at >= s.length() || FIRST.indexOf(s.charAt(at)) < 0) {
            return at; // most names begin with no character a description begins with
        }
        Matcher m = DESCRIPTOR.matcher(s).region(at, Math.min(s.length(), at + 8));
        return m.lookingAt() ? m.end() : at;
    }

    /** After 首都 and the dashes or commas that follow it (日本首都—东京), else {@code at}. */
    static int capitalEnd(String s, int at) {
        if (!s.startsWith("首都", at)) {
            return at;
        }
        int q = at + 2;
        while (q < s.length() && "—-，,".indexOf(s.charAt(q)) >= 0) {
            q++;
        }
        return q;
    }

    /**
     * Whether a name the gazetteer does not hold ends in a suffix its country does not use: 道 names provinces in Korea
     * and Japan only (阿根廷华人网编译报道 is a news site's report, not an Argentine province).
     */
    static boolean suffixOfAnotherCountry(String name, String country) {
        return name.endsWith("道") && !"KR".equals(country) && !"KP".equals(country) && !"JP".equals(country);
    }
}
