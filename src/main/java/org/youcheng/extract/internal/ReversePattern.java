package org.youcheng.extract.internal;

/** B与A: the foreign place first (哈萨克斯坦阿克套市与连云港市签署…, 俄罗斯X市与中国Y市签署…). */
final class ReversePattern extends ForeignFirstPattern {

    /**
     * 与, a word before it (共同, 正式), the day of a news report or the date of the signing before that
     * (圣地亚哥首都大区6日同中国厦门市, X州于2023年3月28日与A), and 中国 written before the Chinese side by the foreign
     * press. A count of the places just named may stand first (X、Y、Z三座城市将和A…, B两城同A…).
     */
    private static final java.util.regex.Pattern CONNECTOR =
            java.util.regex.Pattern.compile("于?(?:(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日|\\d{4}年|近日|日前|当天|当日|今天|昨天)?"
                    + "[\u4e00-\u9fff]{0,2}[与和同跟](?:中国|中华人民共和国)?");

    /** 惠灵顿的姐妹城市中国厦门: the foreign place's partner named after a tie word, as the appositive A的友城B. */
    private static final java.util.regex.Pattern APPOSITIVE =
            java.util.regex.Pattern.compile("的?(?:国际)?(?:友好城市|姐妹城市|姊妹城市|友城|友好省州|姐妹省|友好省)[—\\-–:：\\s]*(?:中国|中华人民共和国)?");

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
        if (CONNECTOR.matcher(between).matches() || APPOSITIVE.matcher(between).matches()) {
            s.tie(name(), s.home(a + 1), d, f, f.start());
            s.paired[a] = true;
        }
    }
}
