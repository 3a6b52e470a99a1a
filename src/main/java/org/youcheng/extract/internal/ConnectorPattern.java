package org.youcheng.extract.internal;

import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieKind;

/**
 * A与B (和, 同, 跟): words may stand between A and 与 (于次年, 在2011年10月), a title between 与 and B
 * (与友好交流城市日本高冈市), and B may be a list (与法国X、墨西哥Y和Z). Also the appositive A的友好城市B
 * (烟台市的友好城市韩国群山市), read as if the tie word were the connector. A list of Chinese places with one connector
 * ties each of them to a single partner, or the n-th to the n-th after 分别; to several partners otherwise, none.
 */
final class ConnectorPattern extends NamedPattern {

    static final String APPOSITIVE = "appositive";
    static final String APPOSITIVE_LABEL = "同位语（A的友城B）";

    ConnectorPattern() {
        super("connector", "与字句（A与B）");
    }

    @Override
    public void read(Sentence s) {
        for (int a = 0; a < s.size(); a++) {
            Mention m = s.m(a);
            Gazetteer.Entry home = s.home(a);
            if (home == null || AdjacentPattern.adjacent(s, a) || objectOfConnector(s, a)) {
                continue;
            }
            int next = a + 1 < s.size() ? s.m(a + 1).start() : s.to;
            String pattern = name();
            int connector = s.connector(m.end(), next);
            boolean listedNext = a + 1 < s.size() && s.home(a + 1) != null && s.listed(m.end(), next);
            int shared = connector < 0 || listedNext ? sharedConnector(s, a) : -1;
            if (shared >= 0) {
                // 青岛市、烟台市分别与X市结为友城: each Chinese place of the list ties the partners of the last one
                Mention last = s.m(shared);
                int p = regionBefore(s, shared + 1) ? shared + 2 : shared + 1;
                Mention partner = p < s.size() && s.m(p).foreign() ? s.m(p) : null;
                int c = s.connector(
                        last.end(), partner == null ? s.to : s.m(shared + 1).start());
                if (partner != null && c >= 0 && s.title(c + 1, s.m(shared + 1).start())) {
                    boolean[] before = s.paired.clone(); // the last place of the list still reads them itself
                    Partners.Walk w = s.partners.walk(p, partner, true);
                    int nth = respective(s, a, shared, c, w);
                    if (nth >= 0) {
                        s.partners.tie(name(), home, m, w.items().get(nth), m.start());
                    } else if (w.items().size() == 1) {
                        s.partners.list(name(), home, m, p, partner, true, m.start());
                    }
                    // several Chinese places and several partners, not paired one by one (北京、天津与X、Y、Z等友好城市):
                    // which ties which is not written, and every place is no partner of every other
                    System.arraycopy(before, 0, s.paired, 0, before.length);
                }
                continue;
            }
            if (connector < 0) {
                connector = appositive(s, m.end(), next);
                pattern = APPOSITIVE;
            }
            if (connector < 0) {
                continue;
            }
            int b = regionBefore(s, a + 1) ? a + 2 : a + 1;
            Mention partner = b < s.size()
                            && s.m(b).foreign()
                            && !s.paired[b]
                            && s.title(connector + 1, s.m(a + 1).start())
                    ? s.m(b)
                    : null;
            boolean scanned = true;
            if (partner == null && (b >= s.size() || s.m(b).start() > connector + 1)) {
                Mention u = s.partners.unplaced(connector + 1, b);
                if (u != null && s.partners.walk(b, u, false).items().size() > 1) {
                    partner = u; // 与西柯纹纳市、托伦斯市: a name no scan knows, the first item of a list
                    scanned = false;
                } else if (u != null && (b >= s.size() || u.end() <= s.m(b).start())) {
                    s.tie(pattern, home, m, u, m.start());
                    continue;
                }
                if (partner == null && u != null && s.m(b).foreign() && u.end() == s.m(b).end()) {
                    // 与忠清北道清州市: a region written before a city the scan knows, without the country
                    partner = Partners.withCountryOf(u, s.m(b));
                    s.paired[b] = true;
                    b++;
                    scanned = false;
                }
            }
            if (partner == null
                    && b < s.size()
                    && s.m(b).type() == Mention.Type.COUNTRY
                    && s.title(connector + 1, s.m(b).start())) {
                // 同英国考文、美国萨克拉门托市: the first item a country and a name no scan knows, up to the list's joiner
                partner = s.partners.countryAndItem(s.m(b).start(), b);
                if (partner != null) {
                    scanned = false;
                    b++;
                }
            }
            if (partner != null) {
                Partners.Walk w = s.partners.walk(b, partner, scanned);
                int nth = respective(s, a, a, connector, w);
                if (nth >= 0) {
                    s.partners.tie(pattern, home, m, w.items().get(nth), -1);
                    for (Partners.Item it : w.items()) {
                        if (it.index() >= 0) {
                            s.paired[it.index()] = true;
                        }
                    }
                } else if (s.chineseListStart(a) == a || w.items().size() == 1) {
                    s.partners.list(pattern, home, m, b, partner, scanned, -1);
                }
            }
        }
    }

    /**
     * Whether the place at {@code k} is a state a demonstrative names, written before a place of it (分别与该州的X市、
     * Y市; 与该州X市), or a region before its capital (与阿基坦首府波尔多): it qualifies what follows, it is no item of
     * the list.
     */
    static boolean regionBefore(Sentence s, int k) {
        if (k + 1 >= s.size() || !s.m(k).foreign() || !s.m(k + 1).foreign()) {
            return false;
        }
        int end = s.m(k).end();
        int next = s.m(k + 1).start();
        return next == end && s.text.startsWith("该州", s.m(k).start())
                || next > end && next <= end + 3 && CAPITAL.contains(s.text.substring(end, next));
    }

    /** The words for a region's capital written between the region and the city (阿基坦首府波尔多). */
    private static final java.util.Set<String> CAPITAL = java.util.Set.of("首府", "首都", "省会", "州府", "州首府");

    /** 与, 同 or 跟 and what may stand between it and its object: 中国, 我国 (亦与中国厦门和日本和歌山为姊妹城市). */
    private static final java.util.regex.Pattern OBJECT_OF = java.util.regex.Pattern.compile("[与同跟](?:中国|我国)?的?$");

    /**
     * Whether the place at {@code a} is the object of a connector written right before it (列治文亦与中国厦门和日本和歌山为
     * 姊妹城市): it is then the first item of the subject's partners, and the 和 after it joins the list; it is no
     * connector of its own.
     */
    static boolean objectOfConnector(Sentence s, int a) {
        int start = s.m(a).start();
        return OBJECT_OF
                .matcher(s.text)
                .region(Math.max(s.from, start - 4), start)
                .find();
    }

    /**
     * 长沙市、扬州市分别与X市、Y市结为友城: when 分别 stands before the connector and the list of partners has as
     * many items as the list of Chinese places, the n-th place ties the n-th partner only. Returns the item for the
     * Chinese place at {@code a} (the list's last place is at {@code last}), or -1 when the lists do not match.
     */
    private static int respective(Sentence s, int a, int last, int connector, Partners.Walk w) {
        int first = s.chineseListStart(a);
        int places = last - first + 1;
        if (places < 2
                || w.items().size() != places
                || !s.text.substring(s.m(last).end(), connector).contains("分别")) {
            return -1;
        }
        return a - first;
    }

    /** The index of the last Chinese place of a list that begins at {@code a} (A、B和C分别与…), or -1. */
    private static int sharedConnector(Sentence s, int a) {
        int k = a;
        while (k + 1 < s.size()
                && s.home(k + 1) != null
                && s.listed(s.m(k).end(), s.m(k + 1).start())) {
            k++;
        }
        return k > a ? k : -1;
    }

    /**
     * 烟台市的友好城市韩国群山市, 镇江市友好交流城市日本仓敷市: a tie word between the Chinese place (and 的) and the
     * foreign one names the tie; returns the position a connector would have, so that the partner follows it.
     */
    private static int appositive(Sentence s, int at, int next) {
        int p = at < s.text.length() && s.text.charAt(at) == '的' ? at + 1 : at;
        List<KindWords.Hit> words = s.words;
        for (KindWords.Hit w : words) {
            if (w.start() == p
                    && w.kind() != TieKind.INTENT
                    && w.end() <= next
                    && s.text.substring(w.end(), next).matches("[—\\-–:：\\s]*")) {
                return next - 1; // 烟台市的友城——韩国群山市: a dash or a colon may stand before the partner
            }
        }
        return -1;
    }
}
