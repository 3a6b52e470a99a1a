package org.youcheng.extract.internal;

import org.youcheng.registry.TieKind;

/** B与A: the foreign place first (哈萨克斯坦阿克套市与连云港市签署…, 俄罗斯X市与中国Y市签署…). */
final class ReversePattern extends ForeignFirstPattern {

    /**
     * The place's official and the official's name, who sign for it (伦敦市市长肯·利文斯通今天与北京市市长…签订了…): the
     * place is the side.
     */
    static final String OFFICIAL = "(?:市长|州长|省长|知事|县长|郡守|区长|议长|总督|市议会议长)[\\u4e00-\\u9fff·•]{0,10}?";

    /**
     * 与, a word before it (共同, 正式), the day of a news report or the date of the signing before that, to the year,
     * the month or the day, after 于 or 在 (圣地亚哥首都大区6日同中国厦门市, X州于2023年3月28日与A, X州在1983年与A), and 中国 (中国的) written before the Chinese side by the foreign
     * press, and an epithet in quotes (瀨戶與‘千年瓷都’江西景德鎮). A count of the places just named may stand first
     * (X、Y、Z三座城市将和A…, B两城同A…).
     */
    private static final java.util.regex.Pattern CONNECTOR = java.util.regex.Pattern.compile(
            "(?:" + OFFICIAL + ")?[于在]?(?:\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}[日号])?)?|(?:\\d{1,2}月)?\\d{1,2}[日号]"
                    + "|近日|日前|当天|当日|今天|昨天)?"
                    + "[\u4e00-\u9fff]{0,2}[与和同跟](?:(?:中国|中华人民共和国)的?)?(?:[“‘\"'][^“”‘’\"']{1,8}[”’\"'])?");

    /**
     * Adverbs and verbs of choice before the connector (都因此选择与湖南结好, 均先后同A…, 就一直与上海保持…): no part of what
     * joins them.
     */
    static final java.util.regex.Pattern ADVERBS =
            java.util.regex.Pattern.compile("都|均|也|还|早已|已经|已|先后|相继|分别|因此|于是|选择|决定|共同|同时|又|曾经|曾|率先|早在|一直|始终|长期|就|便");

    /** What may stand between a tie word and the Chinese place of an appositive: a dash, a colon, 中国. */
    private static final java.util.regex.Pattern AFTER_WORD =
            java.util.regex.Pattern.compile("[—\\-–:：\\s]*(?:中国|中华人民共和国)?");

    ReversePattern() {
        super("reverse", "外方在前（B与A）");
    }

    @Override
    void readPair(Sentence s, int a, int after) {
        Mention f = s.m(a);
        Mention d = s.m(a + 1);
        String between = s.text.substring(after, Math.max(after, d.start())).strip();
        int counted = PlaceCount.end(between, 0);
        if (counted > 0) {
            between = between.substring(counted);
        }
        int closed = GenericNouns.enumerationClose(between, 0);
        if (closed > 0) {
            between = between.substring(closed); // 纽约、巴黎、伦敦等国际大都市与北京…: a list closed before 与
        }
        boolean connector = ChineseText.anyIn(between, "与和同跟", 0, between.length()) // CONNECTOR needs one
                && CONNECTOR.matcher(ADVERBS.matcher(between).replaceAll("")).matches();
        if (connector && between.contains("分别") && respective(s, a)) {
            return; // 菊池市、甲佐町分别与青岛市、扬州市…: the n-th foreign place with the n-th Chinese one
        }
        if (connector || appositive(s, after, d.start())) {
            s.tie(name(), s.home(a + 1), d, f, f.start());
            s.paired[a] = true;
            // 下关市、鹿儿岛市都与长沙市结为友好城市: each foreign place of the list before the connector
            for (int k = a - 1; k >= 0 && s.m(k).foreign() && joined(s, k, k + 1); k--) {
                s.tie(name(), s.home(a + 1), d, s.m(k), s.m(k).start());
                s.paired[k] = true;
            }
            // 和歌山市与中国青岛和烟台结为友好城市: each Chinese place of the list after the connector
            for (int k = a + 2; k < s.size() && s.home(k) != null && joined(s, k - 1, k); k++) {
                s.tie(name(), s.home(k), s.m(k), f, f.start());
            }
        }
    }

    /**
     * Ties the foreign places listed up to {@code a} each with the Chinese place of the same rank in the list after
     * the connector, when the two lists are as long (two or more); false, and nothing tied, otherwise.
     */
    private boolean respective(Sentence s, int a) {
        int first = a;
        while (first > 0 && s.m(first - 1).foreign() && joined(s, first - 1, first)) {
            first--;
        }
        int last = a + 1;
        while (last + 1 < s.size() && s.home(last + 1) != null && joined(s, last, last + 1)) {
            last++;
        }
        int n = a - first + 1;
        if (n < 2 || last - a != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            Mention f = s.m(first + i);
            s.tie(name(), s.home(a + 1 + i), s.m(a + 1 + i), f, f.start());
            s.paired[first + i] = true;
        }
        return true;
    }

    /** Whether two mentions are items of one list (、 和 及 与), not places of two clauses joined by a comma. */
    private static boolean joined(Sentence s, int a, int b) {
        String between = s.text.substring(s.m(a).end(), s.m(b).start()).strip();
        return !between.equals(",") && !between.equals("，") && s.listed(s.m(a).end(), s.m(b).start());
    }

    /**
     * 惠灵顿的姐妹城市中国厦门: a tie word (of the sentence's words, not an intention) right after the foreign place and
     * 的 or 国际, the Chinese place after it: the foreign place's partner, as the appositive A的友城B.
     */
    private static boolean appositive(Sentence s, int after, int home) {
        int p = s.text.startsWith("的", after) ? after + 1 : after;
        int q = s.text.startsWith("国际", p) ? p + 2 : p;
        for (KindWords.Hit w : s.words) {
            if ((w.start() == p || w.start() == q)
                    && w.kind() != TieKind.INTENT
                    && w.end() <= home
                    && AFTER_WORD.matcher(s.text).region(w.end(), home).matches()) {
                return true;
            }
        }
        return false;
    }
}
