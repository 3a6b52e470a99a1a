package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose count a clause writes, seen from what stands before it: a part of the place's whole (与法国的第5对友城), the
 * places just named counted again (X市、Y市三座城市), or a foreign place's ordinal (摩尔曼斯克的第11座友好城市).
 */
final class CountScope {

    private CountScope() {}

    /**
     * 与法国的…, 与东盟友城…: the last 与 of the clause before the count names a part (a country, a region); the world
     * (与世界5大洲的40个国家…, 与全球…) is the whole, not a part, and so is an enumeration closed by 等 before the count;
     * a Chinese place after 与 is the owner (与上海建立友好关系的城市已有85个), not a part.
     */
    static boolean part(Reading r, int from, int at) {
        String s = r.text;
        if (at > from && s.charAt(at - 1) == '等') {
            return false; // 与日本X市、韩国Y市等6个国外城市: the partners enumerated, all of them
        }
        if (at - 3 >= from && s.startsWith("其中的", at - 3)) {
            return true; // 选取了其中的5对友好城市: some of the ties, not their number
        }
        if (countryBefore(r, from) || inCountry(r, from, at)) {
            return true;
        }
        if (ChineseText.anyIn(s, "在", from, at)
                && IN_REGION.matcher(s).region(from, at).find()) {
            return true; // 在东北地区就有4个友谊市: the partners in one part of the world or of a country
        }
        for (int i = at - 1; i >= from; i--) {
            if (s.charAt(i) == '与' && i + 1 < at) {
                int j = ChineseNumerals.afterApproximation(s, i + 1);
                if (j >= at) {
                    return false; // 与近90座城市: the count right after its size's word
                }
                char c = s.charAt(j);
                return !ChineseText.digit(c)
                        && !CLOSED.matcher(s).region(i + 1, at).find()
                        && "一二两三四五六七八九十五".indexOf(c) < 0
                        && !WORLD.matcher(s).region(i + 1, at).lookingAt()
                        && !domesticAt(r, i + 1);
            }
        }
        return false;
    }

    private static final Pattern IN_REGION = Pattern.compile(
            "在(?:" + GenericNouns.DIRECTION + "部?地区|[欧亚非]洲|北美洲?|南美洲?|拉美|拉丁美洲|大洋洲|东南亚|中东欧|中亚|西亚)(?:就|共|一共|已|已经)?有");

    /** 与美, 同日方: a one-character country (the US, Japan …) after 与, before a word for its side or its places. */
    private static final Pattern SHORT_COUNTRY = Pattern.compile("[与同和][美日韩俄法德英意澳加泰越朝蒙印](?:方|国|地方|各地|的|交往|合作|友城|城市)");

    /** 新北在美国有38个姊妹市: the count of the place's partners in one country, a part of its whole. */
    private static boolean inCountry(Reading r, int from, int at) {
        for (int i = Mention.firstAt(r.mentions, from + 1); i < r.mentions.size(); i++) {
            Mention m = r.mentions.get(i);
            if (m.start() >= at) {
                return false;
            }
            if (m.type() == Mention.Type.COUNTRY
                    && r.text.charAt(m.start() - 1) == '在'
                    && ChineseText.leadsWith(r.text, m.end(), at, "有")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 江苏高度重视与美地方交往,已建立2对省级友城: a clause that names no place of its own, after a clause of its sentence
     * that ties its subject to one country (与美, 与日本): its counts are of that country's places.
     */
    private static boolean countryBefore(Reading r, int from) {
        if (from == 0
                || !ChineseText.clauseEnd(r.text.charAt(from - 1))
                || ChineseText.sentenceEnd(r.text.charAt(from - 1))) {
            return false;
        }
        int cs = from - 1;
        while (cs > 0 && !ChineseText.clauseEnd(r.text.charAt(cs - 1))) {
            cs--;
        }
        for (int i = Mention.firstAt(r.mentions, cs + 1); i < r.mentions.size(); i++) {
            Mention m = r.mentions.get(i);
            if (m.start() >= from) {
                break;
            }
            if (m.type() == Mention.Type.COUNTRY && "与同和".indexOf(r.text.charAt(m.start() - 1)) >= 0) {
                return noPlaceBetween(r, m.end(), from);
            }
        }
        Matcher c = SHORT_COUNTRY.matcher(r.text).region(cs, from);
        boolean connector = ChineseText.anyIn(r.text, "与同和", cs, from); // every match begins with one
        while (connector && c.find()) {
            Mention named = Mention.startingAt(r.mentions, c.start() + 1);
            if (named == null || named.type() != Mention.Type.FOREIGN) {
                return true; // not 与美国伊利市缔结友城: a city of the country, named with it, is no country
            }
        }
        return false;
    }

    private static boolean noPlaceBetween(Reading r, int a, int b) {
        return r.mentions.stream().noneMatch(m -> m.start() >= a && m.end() <= b);
    }

    private static boolean domesticAt(Reading r, int at) {
        Mention m = Mention.startingAt(r.mentions, at);
        return m != null && m.domestic();
    }

    /** An enumeration closed by 等 before the count (与奥地利、德国、泰国等国家的34个城市): all its items, the whole. */
    private static final Pattern CLOSED = Pattern.compile("等(?:[\\d一二三四五六七八九十]+个?)?(?:国家|国|地区)?的?\\s*$");

    /** The whole world after 与: 世界, 全球, 五大洲, 各国. */
    private static final Pattern WORLD = Pattern.compile("(?:全世界|世界|全球|各国|[五\\d]大洲)");

    /**
     * A foreign place written with its suffix (not a country: 日本12个城市 is a part; not a continent: 五大洲的23个国家)
     * right before a count, with nothing between.
     */
    static boolean placeJustNamed(Reading r, int from, int at) {
        Mention m = Mention.endingAt(r.mentions, at, from);
        return m != null && m.foreign() && "市州省县区郡道都府町".indexOf(r.text.charAt(at - 1)) >= 0;
    }

    /** An ordinal's owner (Y的第N座…) written right before it is a foreign place. */
    static boolean foreignOwner(Reading r, int from, int at) {
        int end = at > from && r.text.charAt(at - 1) == '的' ? at - 1 : at;
        Mention m = Mention.endingAt(r.mentions, end, from);
        return m != null && (m.foreign() || m.type() == Mention.Type.COUNTRY);
    }
}
