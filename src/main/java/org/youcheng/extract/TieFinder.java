package org.youcheng.extract;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieKind;

/**
 * Finds ties in one article, sentence by sentence. A sentence states a tie when it has a tie word (see
 * {@link KindWords}) and joins a Chinese place to a foreign one in one of these ways:
 * <ul>
 * <li>A与B, A和B, A同B, A跟B — with words between A and 与 (于次年, 在2011年10月) and a title between 与 and B
 *     (与友好交流城市日本高冈市), and B may be a list (与法国X、墨西哥Y);</li>
 * <li>B与A (哈萨克斯坦阿克套市与连云港市签署…);</li>
 * <li>AB, the foreign place written right after the Chinese one (江北区葡萄牙布拉加市签署…);</li>
 * <li>B、C成为A的友城 (…先后成为济南的友城; 科英布拉市成为绍兴第25个…城市);</li>
 * <li>a list after a colon whose heading names the kind (现有国际友好城市9个,依次为:X、Y…), tied to the
 *     Chinese place of the heading or, without one, the article's own place.</li>
 * </ul>
 * The tie word that decides the kind is the first one after the pair within {@link #AFTER} characters, or one inside
 * the pair or in a heading before a colon. The signing date is a date in brackets after the partner, a date written
 * inside the pair or before it in the sentence, one after it in its clause, or an anniversary (30周年).
 */
final class TieFinder {

    /** How far after a pair its tie word may stand. */
    static final int AFTER = 30;
    /** How many characters may stand between the Chinese place and 与 (于次年, 在2011年10月, 现在已经). */
    private static final int BEFORE_CONNECTOR = 16;
    /** How many characters may stand between 与 and the foreign place (友好合作城市, 国际). */
    private static final int TITLE = 8;

    /** First characters of words such as 该市, 两市, 各国, 友城 that end in a suffix but name no place. */
    private static final String NOT_A_NAME = "该本我两各全此其这那多每诸某贵友省市县区中外国城一二三四五六七八九十第";

    private final KindWords kinds;
    private final MentionScanner scanner;

    TieFinder(KindWords kinds, MentionScanner scanner) {
        this.kinds = kinds;
        this.scanner = scanner;
    }

    /** A pair as found, before names and ids are filled in. */
    record Found(Gazetteer.Entry domestic, Mention partner, TieKind kind, boolean generic, PartialDate signed,
                 int start, int end) {
    }

    List<Found> find(Reading r) {
        List<Found> out = new ArrayList<>();
        String s = r.text;
        int segStart = 0;
        int mi = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && !ChineseText.sentenceEnd(s.charAt(i))) {
                continue;
            }
            while (mi < r.mentions.size() && r.mentions.get(mi).start() < segStart) {
                mi++;
            }
            int mj = mi;
            while (mj < r.mentions.size() && r.mentions.get(mj).end() <= i) {
                mj++;
            }
            if (mj > mi + 1 || (mj > mi && (hasColon(s, segStart, i) || bothSides(s, segStart, i) >= 0))) {
                sentence(r, segStart, i, r.mentions.subList(mi, mj), out);
            }
            segStart = i + 1;
            mi = mj;
        }
        return out;
    }

    private static boolean hasColon(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (ChineseText.colon(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private void sentence(Reading r, int from, int to, List<Mention> ms, List<Found> out) {
        String s = r.text;
        List<KindWords.Hit> words = kinds.find(s, from, to);
        if (words.isEmpty()) {
            return;
        }
        boolean[] paired = new boolean[ms.size()];
        for (int a = 0; a < ms.size(); a++) {
            Mention m = ms.get(a);
            if (m.domestic()) {
                Gazetteer.Entry home = r.domestic(m);
                if (home == null || organisationAfter(s, m.end())) {
                    continue;
                }
                if (a + 1 < ms.size() && ms.get(a + 1).type() == Mention.Type.FOREIGN && ms.get(a + 1).start() == m.end()) {
                    add(r, home, m, ms.get(a + 1), from, to, words, out);
                    paired[a + 1] = true;
                    continue;
                }
                int next = a + 1 < ms.size() ? ms.get(a + 1).start() : to;
                int connector = connector(s, m.end(), Math.min(next, to));
                if (connector < 0) {
                    connector = appositive(s, m.end(), words, next);
                }
                if (connector < 0) {
                    continue;
                }
                int b = a + 1;
                Mention partner = b < ms.size() && ms.get(b).foreign() && title(s, connector + 1, ms.get(b).start())
                        ? ms.get(b) : null;
                boolean scanned = true;
                if (partner == null && (b >= ms.size() || ms.get(b).start() > connector + 1)) {
                    Mention u = unplaced(r, connector + 1, to, ms, b);
                    if (u != null && (b >= ms.size() || u.end() <= ms.get(b).start())) {
                        add(r, home, m, u, from, to, words, out);
                        continue;
                    }
                    if (u != null && ms.get(b).foreign() && u.end() == ms.get(b).end()) {
                        // 与忠清北道清州市: a region written before a city the scan knows, without the country
                        partner = withCountryOf(u, ms.get(b));
                        paired[b] = true;
                        b++;
                        scanned = false;
                    }
                }
                while (partner != null) {
                    add(r, home, m, partner, from, to, words, out);
                    if (scanned) {
                        paired[b] = true;
                        b++;
                    }
                    int after = skipBrackets(s, partner.end(), to);
                    if (b < ms.size() && ms.get(b).foreign() && listed(s, after, ms.get(b).start())) {
                        partner = inCountryOf(ms.get(b), partner);
                        scanned = true;
                    } else {
                        partner = nextUnplaced(r, partner, after, to, ms, b);
                        scanned = false;
                        if (partner != null && b < ms.size() && partner.end() == ms.get(b).end()) {
                            paired[b] = true;
                            b++;
                        }
                    }
                }
            } else if (m.foreign()) {
                reverse(r, ms, a, from, to, words, out, paired);
            }
        }
        listAfterColon(r, from, to, ms, words, paired, out);
        elidedSubject(r, from, to, ms, words, paired, out);
        jointSubject(r, from, to, ms, words, paired, out);
    }

    /**
     * A list item written without its country (与俄罗斯X州、Y边疆区) is in the country of the item before when the
     * gazetteer knows the name there too.
     */
    private Mention inCountryOf(Mention next, Mention previous) {
        String code = previous.countryCode();
        if (next.type() != Mention.Type.FOREIGN_BARE || code == null || code.equals(next.countryCode())) {
            return next;
        }
        for (Gazetteer.Entry e : scanner.gazetteer().byKey(org.youcheng.registry.Names.key(next.name()))) {
            if (code.equals(e.country())) {
                return new Mention(next.start(), next.end(), next.type(), next.name(), e, code, previous.countryText(),
                        next.bare());
            }
        }
        return next;
    }

    /** Words that name the two sides of a tie together: 两市缔结友好城市10周年. */
    private static final String[] BOTH_SIDES = {"两市", "两地", "两省", "两区", "两县", "双方"};

    /** The position of a word such as 两市 in a sentence, or -1. */
    private static int bothSides(String s, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (s.charAt(i) == '两' || s.charAt(i) == '双') {
                for (String w : BOTH_SIDES) {
                    if (s.startsWith(w, i) && i + w.length() <= to) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * 意大利X市市长…访问Y,出席两市缔结友好城市10周年纪念活动: a sentence with one foreign place and 两市 (两地, 双方)
     * right before a tie word pairs that place with the sentence's Chinese place, else the article's own.
     */
    private void jointSubject(Reading r, int from, int to, List<Mention> ms, List<KindWords.Hit> words,
                              boolean[] paired, List<Found> out) {
        String s = r.text;
        int both = bothSides(s, from, to);
        if (both < 0) {
            return;
        }
        int wordEnd = both + 2;
        KindWords.Hit word = null;
        for (KindWords.Hit w : words) {
            if (w.start() >= wordEnd && w.start() - wordEnd <= 4) {
                word = w;
                break;
            }
        }
        if (word == null) {
            return;
        }
        Mention foreign = null;
        Gazetteer.Entry home = null;
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (m.start() > both) {
                break;
            }
            if (m.foreign()) {
                if (foreign != null || paired[k]) {
                    return;
                }
                foreign = m;
            } else if (m.domestic() && r.domestic(m) != null) {
                if (home != null && !home.equals(r.domestic(m))) {
                    return;
                }
                home = r.domestic(m);
            }
        }
        if (foreign == null) {
            return;
        }
        if (home == null) {
            home = r.subject('市');
        }
        if (home == null) {
            return;
        }
        Mention pair = new Mention(both, both + 2, Mention.Type.SUBJECT, s.substring(both, both + 2), null, "CN", null, true);
        add(r, home, pair, foreign, from, to, words, out, both);
    }

    /**
     * 四川省已与X结为友好省州,并与Y建立了友好合作关系: a clause that begins with 与 and a foreign place — after 并,
     * 还, 也, 同时 or a time such as 次年 — has the Chinese place of the clause before it in the sentence as its subject.
     */
    private void elidedSubject(Reading r, int from, int to, List<Mention> ms, List<KindWords.Hit> words,
                               boolean[] paired, List<Found> out) {
        String s = r.text;
        Mention home = null;
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (m.domestic() && r.domestic(m) != null) {
                home = m;
                continue;
            }
            if (home == null || !m.foreign() || paired[k]) {
                continue;
            }
            int cs = m.start();
            while (cs > home.end() && !ChineseText.clauseEnd(s.charAt(cs - 1))) {
                cs--;
            }
            if (cs <= home.end()) {
                continue;
            }
            String lead = s.substring(cs, m.start()).strip();
            if (!ELIDED.matcher(lead).matches()) {
                continue;
            }
            Gazetteer.Entry place = r.domestic(home);
            while (k < ms.size()) {
                add(r, place, ms.get(k), ms.get(k), from, to, words, out, cs);
                paired[k] = true;
                int after = skipBrackets(s, ms.get(k).end(), to);
                if (k + 1 < ms.size() && ms.get(k + 1).foreign() && listed(s, after, ms.get(k + 1).start())) {
                    k++;
                } else {
                    break;
                }
            }
        }
    }

    private static final java.util.regex.Pattern ELIDED = java.util.regex.Pattern.compile(
            "(?:次年|同年|翌年|当年|此后|随后|其后|之后|后来|(?:19|20)\\d{2}年(?:\\d{1,2}月)?)?"
            + "(?:并且|并|还|也|同时|此外|另外|又)?(?:先后|相继|已经|已|还|也|又)?[与同和跟]"
            + "(?:友好合作城市|友好交流城市|友好城市|友城)?");

    /**
     * The next item of a list of partners that no scan placed whole (与蒙古国X省Y市、Z省W市): a name up to a suffix
     * after 、 和 or 及, in the country of the item before it unless the gazetteer knows it elsewhere. It may end
     * with a place the scan found (Z省 written before a known W市), never inside one.
     */
    private Mention nextUnplaced(Reading r, Mention previous, int after, int limit, List<Mention> ms, int next) {
        String s = r.text;
        if (after >= limit - 1 || "、和及".indexOf(s.charAt(after)) < 0) {
            return null;
        }
        Mention u = unplaced(r, after + 1, limit, ms, next);
        if (u == null || (next < ms.size() && u.end() > ms.get(next).start()
                && (u.end() != ms.get(next).end() || !ms.get(next).foreign()))) {
            return null;
        }
        return withCountryOf(u, previous);
    }

    /** A name no country was found for takes the country of another mention. */
    private static Mention withCountryOf(Mention u, Mention other) {
        return u.countryCode() != null ? u : new Mention(u.start(), u.end(), u.type(), u.name(), u.place(),
                other.countryCode(), other.countryText(), u.bare());
    }

    /** B与A, and B、C成为A的… */
    private void reverse(Reading r, List<Mention> ms, int a, int from, int to, List<KindWords.Hit> words,
                         List<Found> out, boolean[] paired) {
        String s = r.text;
        Mention f = ms.get(a);
        int after = skipBrackets(s, f.end(), to);
        if (a + 1 >= ms.size()) {
            return;
        }
        Mention d = ms.get(a + 1);
        if (!d.domestic() || r.domestic(d) == null) {
            return;
        }
        int gap = d.start() - after;
        if (gap >= 1 && gap <= 3 && "与和同跟".indexOf(s.charAt(d.start() - 1)) >= 0 && plain(s, after, d.start())) {
            add(r, r.domestic(d), d, f, from, to, words, out, f.start());
            paired[a] = true;
            return;
        }
        int become = d.start() - 2;
        if (become >= after && s.startsWith("成为", become) && become - after <= 6 && plain(s, after, become)) {
            int first = a;
            while (first > 0 && ms.get(first - 1).foreign() && listed(s, skipBrackets(s, ms.get(first - 1).end(), to),
                    ms.get(first).start())) {
                first--;
            }
            for (int k = first; k <= a; k++) {
                if (!paired[k]) {
                    add(r, r.domestic(d), d, ms.get(k), from, to, words, out, ms.get(first).start());
                    paired[k] = true;
                }
            }
        }
    }

    /** 现有国际友好城市9个,依次为:德国…(2006年8月)、…: foreign places listed after a heading. */
    private void listAfterColon(Reading r, int from, int to, List<Mention> ms, List<KindWords.Hit> words,
                                boolean[] paired, List<Found> out) {
        String s = r.text;
        int colon = -1;
        for (int i = from; i < to; i++) {
            if (ChineseText.colon(s.charAt(i))) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return;
        }
        KindWords.Hit heading = null;
        for (KindWords.Hit w : words) {
            if (w.end() <= colon) {
                heading = w;
            }
        }
        if (heading == null) {
            return;
        }
        Gazetteer.Entry home = null;
        for (Mention m : ms) {
            if (m.start() < colon && m.domestic() && r.domestic(m) != null) {
                home = r.domestic(m);
            }
        }
        if (home == null) {
            home = r.subject('市');
        }
        if (home == null) {
            return;
        }
        for (int k = 0; k < ms.size(); k++) {
            Mention f = ms.get(k);
            if (f.start() > colon && f.type() == Mention.Type.FOREIGN && !paired[k]
                    && (k == 0 || !ms.get(k - 1).domestic() || ms.get(k - 1).start() < colon)) {
                boolean itemStart = itemStart(s, f.start(), colon);
                if (itemStart) {
                    int end = skipBrackets(s, f.end(), to);
                    out.add(new Found(home, f, heading.kind(), heading.generic(), signed(r, f, f.start(), f.start(), end, to), f.start(), end));
                    paired[k] = true;
                }
            }
        }
    }

    /** Whether a list item begins here: right after the colon, a 、, a 和 or a ;. */
    private static boolean itemStart(String s, int at, int colon) {
        if (at == colon + 1) {
            return true;
        }
        char c = s.charAt(at - 1);
        return c == '、' || c == '和' || c == '及' || c == ',' || c == '，' || ChineseText.space(c);
    }

    private void add(Reading r, Gazetteer.Entry home, Mention d, Mention f, int from, int to,
                     List<KindWords.Hit> words, List<Found> out) {
        add(r, home, d, f, from, to, words, out, Math.min(d.start(), f.start()));
    }

    private void add(Reading r, Gazetteer.Entry home, Mention d, Mention f, int from, int to,
                     List<KindWords.Hit> words, List<Found> out, int pairStart) {
        String s = r.text;
        if ("CN".equals(f.countryCode())) {
            return;
        }
        int pairEnd = Math.max(d.end(), skipBrackets(s, f.end(), to));
        KindWords.Hit word = null;
        boolean after = false;
        for (KindWords.Hit w : words) {
            if (w.start() >= pairEnd && w.start() - pairEnd <= AFTER) {
                word = w;
                after = true;
                break;
            }
        }
        if (word == null) {
            for (KindWords.Hit w : words) {
                boolean inside = w.start() >= pairStart && w.end() <= pairEnd;
                boolean heading = w.end() <= pairStart && colonBetween(s, w.end(), pairStart);
                if (inside || heading) {
                    word = w;
                }
            }
        }
        if (word == null) {
            return;
        }
        TieKind kind = word.kind();
        if (after && kind != TieKind.INTENT && kinds.intentBetween(s, pairEnd, word.start())) {
            kind = TieKind.INTENT;
        }
        if (kind != TieKind.INTENT && d.end() < f.start() && kinds.intentBetween(s, d.end(), f.start())) {
            kind = TieKind.INTENT; // A拟与B…, A计划同B…: the intention written before the connector
        }
        int start = pairStart;
        PartialDate signed = signed(r, f, from, pairStart, pairEnd, to);
        DateReader.Dated before = dateBefore(r, from, pairStart, pairStart);
        if (before != null && signed != null && signed.equals(before.date())) {
            start = before.start();
        }
        int end = after ? clauseEnd(s, word.end(), to) : pairEnd;
        out.add(new Found(home, f, kind, word.generic() && kind != TieKind.INTENT, signed, start, end));
    }

    private static boolean colonBetween(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (ChineseText.colon(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The signing date: in brackets after the partner, inside the pair, an anniversary after it, a date before it in the sentence, or one after it in its clause. */
    private PartialDate signed(Reading r, Mention f, int sentenceFrom, int pairStart, int pairEnd, int to) {
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= f.end() && d.end() <= pairEnd) {
                return d.date();
            }
        }
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= pairStart && d.end() <= f.start()) {
                return d.date();
            }
        }
        PartialDate anniversary = DateReader.anniversary(r.text, pairEnd, Math.min(to, pairEnd + AFTER), r.date);
        if (anniversary != null) {
            return anniversary;
        }
        DateReader.Dated before = dateBefore(r, sentenceFrom, pairStart, pairStart);
        if (before != null) {
            return before.date();
        }
        int clause = clauseEnd(r.text, pairEnd, to);
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= pairEnd && d.end() <= clause) {
                return d.date();
            }
        }
        return null;
    }

    /** The nearest date before a pair in its sentence, with no foreign place between them. */
    private DateReader.Dated dateBefore(Reading r, int from, int pairStart, int unused) {
        DateReader.Dated best = null;
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= from && d.end() <= pairStart) {
                best = d;
            }
        }
        if (best == null) {
            return null;
        }
        for (Mention m : r.mentions) {
            if (m.start() >= best.end() && m.end() <= pairStart && m.foreign()) {
                return null;
            }
        }
        return best;
    }

    /** The position of 与 (和, 同, 跟) after a Chinese place, with no punctuation before it; -1 when none. */
    private static int connector(String s, int from, int to) {
        int limit = Math.min(to, from + BEFORE_CONNECTOR);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if ("与和同跟".indexOf(c) >= 0) {
                return i;
            }
            if (!ChineseText.han(c) && !ChineseText.digit(c) && !ChineseText.space(c)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * 烟台市的友好城市韩国群山市, 镇江市友好交流城市日本仓敷市: a tie word between the Chinese place (and 的) and the
     * foreign one names the tie; returns the position a connector would have, so that the partner follows it.
     */
    private static int appositive(String s, int at, List<KindWords.Hit> words, int next) {
        int p = at < s.length() && s.charAt(at) == '的' ? at + 1 : at;
        for (KindWords.Hit w : words) {
            if (w.start() == p && w.end() == next && w.kind() != TieKind.INTENT) {
                return w.end() - 1;
            }
        }
        return -1;
    }

    /** What may stand between 与 and the partner: nothing, or a title such as 友好合作城市 or 国际. */
    private static boolean title(String s, int from, int to) {
        if (to - from > TITLE || !plain(s, from, to)) {
            return false;
        }
        String t = s.substring(from, to);
        return t.isEmpty() || t.contains("友") || t.contains("城") || t.contains("国际") || t.contains("姐妹");
    }

    /** No punctuation between two positions. */
    private static boolean plain(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!ChineseText.han(c) && !ChineseText.space(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the next item of a list follows: 、 和 及 以及 与, or nothing, between two places. */
    private static boolean listed(String s, int from, int to) {
        if (from > to) {
            return false;
        }
        String between = s.substring(from, to).strip();
        return between.equals("、") || between.equals("和") || between.equals("及") || between.equals("以及")
                || between.equals("与") || between.equals("，") || between.equals(",");
    }

    private static int skipBrackets(String s, int at, int to) {
        if (at < to && ChineseText.openParen(s.charAt(at))) {
            int depth = 0;
            for (int i = at; i < to; i++) {
                char c = s.charAt(i);
                if (ChineseText.openParen(c)) {
                    depth++;
                } else if (ChineseText.closeParen(c) && --depth == 0) {
                    return i + 1;
                }
            }
        }
        return at;
    }

    private static int clauseEnd(String s, int from, int to) {
        int i = from;
        while (i < to && !ChineseText.clauseEnd(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** 满洲里市市场监督管理局: a place name that begins the name of an office is not the place. */
    private static boolean organisationAfter(String s, int at) {
        for (String w : new String[] {"市场", "政府", "人民政府", "委员会", "党委", "人大", "政协", "局", "大学", "学院",
            "医院", "公司", "代表团", "外办", "外事", "日报", "电视台", "博物馆", "中学", "小学", "银行", "商会", "协会"}) {
            if (s.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A foreign place after 与 that no scan found: a name up to a suffix (西贡, 布雷斯特都市联合体) that is not Chinese, its
     * country taken from a bracket after it (西贡(今越南胡志明市)) when one is written there.
     */
    private Mention unplaced(Reading r, int at, int limit, List<Mention> ms, int next) {
        String s = r.text;
        MentionScanner.Name name = scanner.foreignName(s, at, null);
        if (name == null || name.end() > limit || name.text().length() < 2 || !PlaceLexicon.endsWithSuffix(s, at, name.end())
                || NOT_A_NAME.indexOf(name.text().charAt(0)) >= 0) {
            return null;
        }
        String code = name.place() == null ? null : name.place().country();
        String countryText = null;
        int close = skipBrackets(s, name.end(), s.length());
        for (int k = next; k < ms.size() && ms.get(k).end() <= close; k++) {
            Mention m = ms.get(k);
            if (m.start() > name.end() && (m.type() == Mention.Type.FOREIGN || m.type() == Mention.Type.COUNTRY)) {
                code = m.countryCode();
                countryText = m.countryText();
                break;
            }
        }
        return new Mention(at, name.end(), Mention.Type.FOREIGN_BARE, name.text(), name.place(), code, countryText, false);
    }
}
