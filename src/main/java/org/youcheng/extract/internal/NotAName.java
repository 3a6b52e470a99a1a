package org.youcheng.extract.internal;

/** Names that no place bears: they begin with a word no place name begins with, or hold a meeting's word. */
final class NotAName {

    private NotAName() {}

    /**
     * First characters of words such as 该市, 两市, 各国, 友城, 更多城市 that end in a suffix but name no place, and of
     * prepositions and adverbs (在友城交往…, 已…): no transliteration begins with them (和歌山, 与那国, 都灵 and 于韦斯屈莱 do
     * with 和, 与, 都 and 于, which are left out).
     */
    static final String NOT_A_NAME = "该本我两各全此其这那多每诸某贵友省市县区中外国城一二三四五六七八九十第更众几若另在对从向把被已又还并就";

    /**
     * Whether a name begins with a word that no place name begins with (该市, 两市, 第一); 贵 only as "your" before a
     * level or a body (贵市, 贵国, 贵方), since transliterations begin with it too (贵妃市).
     */
    static boolean test(String name) {
        char c = name.charAt(0);
        if (c == '贵') {
            return "市省县区国方州府校院".indexOf(name.charAt(1)) >= 0;
        }
        return NOT_A_NAME.indexOf(c) >= 0 || ChineseText.containsAny(name, PHRASES);
    }

    /**
     * Words of meetings, ties and exchanges: a name that holds one is an event's (友城大会暨健康城市论坛) or a phrase
     * (乌拉圭在友城交往), no place.
     */
    private static final String[] PHRASES = {"大会", "论坛", "会议", "峰会", "博览会", "友城", "友好", "交往", "交流", "合作"};
}
