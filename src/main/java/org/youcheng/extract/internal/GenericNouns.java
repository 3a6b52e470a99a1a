package org.youcheng.extract.internal;

import java.util.Set;

/**
 * Nouns for places in general, written where a name would stand: after a country (法国城市, 德国地方政府) or after a word
 * for abroad (境外城市, 国外地方政府). They name no place.
 */
final class GenericNouns {

    private static final Set<String> NOUNS = Set.of(
            "城市", "城镇", "地区", "地方", "省份", "省州", "州市", "市县", "大城市", "中小城市", "小城市", "港口城市", "地级市", "县级市", "副省级市", "地级城市",
            "副省级城市", "姐妹城市", "姊妹城市", "姐妹城", "友好城市", "友城", "地方政府");

    /** Words for abroad, and determiners that name no place (有关城市, 相关地方政府, 多个城市). */
    private static final String[] ABROAD = {
        "境外", "国外", "海外", "外国", "国际", "世界", "各国", "其他", "有关", "相关", "多个", "部分", "一些", "若干", "主要", "更多"
    };

    private GenericNouns() {}

    /** Whether a name read is a noun for places in general, with a word for abroad before it or not. */
    static boolean is(String name) {
        if (NOUNS.contains(name)) {
            return true;
        }
        for (String a : ABROAD) {
            if (name.startsWith(a) && NOUNS.contains(name.substring(a.length()))) {
                return true;
            }
        }
        return false;
    }
}
