package org.youcheng.extract;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * Finds the places an article names, left to right, longest name first: Chinese divisions from the gazetteer (a
 * chain such as 浙江省宁波市鄞州区 becomes its innermost place), foreign places written after their country —
 * gazetteer names or, when unknown, a transliteration up to an administrative suffix (莫雷利亚市, 安集延区) —
 * and foreign names written alone that the gazetteer or the article itself has already placed in a country.
 */
final class MentionScanner {

    /**
     * Words that cannot be part of a place name: a name written before one of them ends there. 派 only as a verb
     * (派出, 派团): it begins transliterations (派克威尔市).
     */
    private static final String[] STOP_WORDS = {"与", "和", "同", "跟", "及", "以及", "建立", "建交", "签", "缔结", "缔",
        "结好", "结成", "结为", "结对", "正式", "共同", "成为", "的", "在", "是", "于", "举行", "两市", "双方", "友好", "友城",
        "代表", "政府", "议会", "人民", "考察", "访问", "副", "一行", "首府", "首都", "开展", "等", "为", "之间", "将", "已",
        "也", "相继", "互", "来访", "到", "赴", "率", "位于", "国际", "合作", "交流", "市长", "州长", "省长", "县长", "区长",
        "町长", "议长", "知事", "长官", "中国", "成功", "备案", "签约", "地区", "以下", "简称", "首", "共", "现", "今", "结",
        "派出", "派团", "派员", "派遣", "出席", "参加", "举办", "向", "对", "致", "商谈", "洽谈", "磋商", "探讨", "推动", "争取", "计划", "筹备", "正在",
        "拟", "续签", "重签", "互签", "达成", "确立", "携手", "庆祝", "纪念", "宣布", "商定", "分别", "首次", "又", "再",
        "还", "均", "曾", "就", "进行", "先后", "陆续", "尚未", "至今", "目前", "一直", "之后", "以后", "以来", "之前", "后"};
    /** A count of places (两城市, 三个市, 多座城市) is not a name, whatever the country written before it. */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "[两二三四五六七八九十几数多各诸该][个座]?(?:城市|城|市|省|州|县|区|地)");
    /** Nouns that end an epithet written before a name (俄罗斯英雄城市X市). */
    private static final String[] EPITHET_NOUNS = {"城市", "名城", "之城", "之都"};
    /** A suffix followed by 长 is a title (省长, 市长), not the end of a name. */
    private static final char TITLE = '长';

    private final PlaceLexicon lexicon;
    private final Trie stopWords = new Trie();

    MentionScanner(PlaceLexicon lexicon) {
        this.lexicon = lexicon;
        for (String w : STOP_WORDS) {
            stopWords.put(w, 0);
        }
    }

    Gazetteer gazetteer() {
        return lexicon.gazetteer();
    }

    List<Mention> scan(String s) {
        List<Mention> out = new ArrayList<>();
        List<Mention> bareCounties = new ArrayList<>(0);
        int[] scratch = new int[1];
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!ChineseText.han(c)) {
                i++;
                continue;
            }
            int limit = Math.min(n, i + 24);
            if ((c == '我' || c == '本' || (c == '该' && lastDomestic(out))) && i + 1 < n
                    && "市省区县州".indexOf(s.charAt(i + 1)) >= 0) {
                out.add(new Mention(i, i + 2, Mention.Type.SUBJECT, s.substring(i, i + 2), null, "CN", null, true));
                i += 2;
                continue;
            }
            if (c == '该' && i + 1 < n && "市省州县区".indexOf(s.charAt(i + 1)) >= 0 && !out.isEmpty()
                    && out.getLast().foreign()) {
                // 俄罗斯X市市长表示,该市与中国Y市…: 该市 after a foreign place is that place
                Mention f = out.getLast();
                out.add(new Mention(i, i + 2, f.type(), f.name(), f.place(), f.countryCode(), f.countryText(),
                        f.bare()));
                i += 2;
                continue;
            }
            PlaceLexicon.CountryHit country = lexicon.country(s, i, limit, scratch);
            PlaceLexicon.PlaceHit place = lexicon.place(s, i, limit, scratch);
            if (country != null && (place == null || country.end() >= place.end())) {
                if ("CN".equals(country.code())) {
                    i = country.end();
                    continue;
                }
                Mention m = foreignAfter(s, i, country);
                out.add(m);
                i = m.end();
                continue;
            }
            if (place != null) {
                Mention m = placeAt(s, i, place, scratch, bareCounties);
                if (m != null) {
                    out.add(m);
                    i = m.end();
                    continue;
                }
            }
            if (i + 1 < n && s.charAt(i + 1) == '市' && (i == 0 || !ChineseText.han(s.charAt(i - 1))
                    || "与和同跟".indexOf(s.charAt(i - 1)) >= 0)) {
                out.add(new Mention(i, i + 2, Mention.Type.SHORT, s.substring(i, i + 2), null, "CN", null, true));
                i += 2;
                continue;
            }
            i++;
        }
        if (!bareCounties.isEmpty()) {
            out = withBareCounties(out, bareCounties);
        }
        List<Mention> merged = mergeChains(out);
        return RememberedNames.apply(this, s, merged);
    }

    /** A gazetteer name: Chinese when any Chinese place bears it, else a foreign name written alone. */
    private Mention placeAt(String s, int i, PlaceLexicon.PlaceHit hit, int[] scratch, List<Mention> bareCounties) {
        int end = hit.end();
        int suffixEnd = lexicon.suffix(s, end, Math.min(s.length(), end + 6), scratch);
        String written = suffixEnd > 0 ? s.substring(i, suffixEnd) : s.substring(i, end);
        Gazetteer.Entry best = null;
        for (Gazetteer.Entry e : hit.entries()) {
            if (!"CN".equals(e.country()) || e.nameZh() == null) {
                continue;
            }
            if (best == null || better(e, best, written)) {
                best = e;
            }
        }
        boolean withSuffix = best != null && suffixEnd > 0 && best.nameZh().equals(written);
        if (best != null && !withSuffix && best.nameZh().equals(s.substring(i, end))) {
            // 沛县, 单县: a two-character name is filed with its suffix, so the hit is the name written in full
            withSuffix = true;
            suffixEnd = end;
        }
        if (best != null && !withSuffix && suffixEnd == end + 1 && autonomousShort(best.nameZh(), s, i, end)) {
            // 元江县, 屏边县: an autonomous county (元江哈尼族彝族傣族自治县) by its short name and its suffix
            withSuffix = true;
        }
        if (best != null && !withSuffix && best.level() != Level.PROVINCE && best.level() != Level.PREFECTURE
                && !(best.level() == Level.COUNTY && end - i >= 3)) {
            // districts and short county names written bare are mostly words (友好, 和平, 城关), not places
            if (best.level() == Level.COUNTY) {
                bareCounties.add(new Mention(i, end, Mention.Type.CHINESE, s.substring(i, end), best, "CN", null, true));
            }
            best = null;
        }
        if (best != null) {
            int stop = withSuffix ? suffixEnd : end;
            return new Mention(i, stop, Mention.Type.CHINESE, s.substring(i, stop), best, "CN", null, !withSuffix);
        }
        int stop = suffixEnd > 0 && !(suffixEnd < s.length() && s.charAt(suffixEnd) == TITLE) ? suffixEnd : end;
        if (!boundary(s, stop, scratch)) {
            return null;
        }
        Gazetteer.Entry e = inCountry(hit, null);
        if (e == null) {
            return null;
        }
        return new Mention(i, stop, Mention.Type.FOREIGN_BARE, s.substring(i, stop), e, e.country(), null,
                stop == end);
    }

    /** 该省, 该市 stand for the article's own place only when the place named last before them is Chinese. */
    private static boolean lastDomestic(List<Mention> out) {
        return !out.isEmpty() && out.getLast().domestic();
    }

    /** Whether {@code s[i,end)} and the next character are an autonomous division's short name and its suffix. */
    private static boolean autonomousShort(String full, String s, int i, int end) {
        char suffix = s.charAt(end);
        String kind = suffix == '县' ? "自治县" : suffix == '旗' ? "自治旗" : suffix == '州' ? "自治州" : null;
        return kind != null && full.endsWith(kind) && full.startsWith(s.substring(i, end)) && full.contains("族");
    }

    /**
     * A short county name written bare (义乌) is the county when the article also writes it in full (义乌市)
     * and no other mention covers it there.
     */
    private static List<Mention> withBareCounties(List<Mention> out, List<Mention> bareCounties) {
        java.util.Set<Long> written = new java.util.HashSet<>();
        for (Mention m : out) {
            if (m.type() == Mention.Type.CHINESE && !m.bare()) {
                written.add(m.place().id());
            }
        }
        List<Mention> all = new ArrayList<>(out);
        for (Mention c : bareCounties) {
            if (!written.contains(c.place().id())) {
                continue;
            }
            boolean covered = false;
            for (Mention m : out) {
                if (m.start() < c.end() && c.start() < m.end()) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                all.add(c);
            }
        }
        all.sort(java.util.Comparator.comparingInt(Mention::start));
        return all;
    }

    /** Among Chinese places of one name: the one written with its own suffix, else the higher level. */
    private static boolean better(Gazetteer.Entry e, Gazetteer.Entry best, String written) {
        boolean ew = written.equals(e.nameZh());
        boolean bw = written.equals(best.nameZh());
        if (ew != bw) {
            return ew;
        }
        return PlaceLexicon.chineseRank(e.level()) < PlaceLexicon.chineseRank(best.level());
    }

    /** A country and the place written after it; the country alone when no place name follows. */
    private Mention foreignAfter(String s, int start, PlaceLexicon.CountryHit country) {
        int p = country.end();
        String countryText = s.substring(start, p);
        if (s.startsWith("共和国", p)) {
            p += 3;
        }
        while (p < s.length() && (s.charAt(p) == '—' || s.charAt(p) == '-')) {
            p++;
        }
        if (s.startsWith("首都", p)) {
            int q = p + 2;
            while (q < s.length() && (s.charAt(q) == '—' || s.charAt(q) == '-' || s.charAt(q) == '，'
                    || s.charAt(q) == ',')) {
                q++;
            }
            p = q;
        }
        Name name = foreignName(s, p, country.code());
        if (name == null || COUNTED.matcher(name.text()).matches()) {
            return new Mention(start, country.end(), Mention.Type.COUNTRY, countryText, null, country.code(),
                    countryText, true);
        }
        return new Mention(start, name.end, Mention.Type.FOREIGN, name.text, name.place, country.code(), countryText,
                false);
    }

    record Name(int end, String text, Gazetteer.Entry place) {
    }

    /**
     * A foreign name starting at {@code p}: gazetteer names of the country are taken whole (so that a 和 or 的 inside
     * one does not cut it), other characters one by one, and the name ends at the first administrative suffix (or
     * gazetteer name) that a word boundary follows. A 的 between a region and its city is dropped.
     */
    Name foreignName(String s, int p, String countryCode) {
        int[] scratch = new int[1];
        int limit = Math.min(s.length(), p + 48);
        StringBuilder name = new StringBuilder();
        Gazetteer.Entry last = null;
        boolean lastWasUnit = false;
        Name known = null;
        Name suffixed = null;
        int k = p;
        while (k < limit) {
            PlaceLexicon.PlaceHit hit = lexicon.place(s, k, limit, scratch);
            if (hit != null && inCountry(hit, countryCode) != null) {
                int end = hit.end();
                int suffixEnd = lexicon.suffix(s, end, limit, scratch);
                if (suffixEnd > 0 && !(suffixEnd < s.length() && s.charAt(suffixEnd) == TITLE)) {
                    end = suffixEnd;
                }
                name.append(s, k, end);
                k = end;
                last = inCountry(hit, countryCode);
                lastWasUnit = true;
                known = new Name(k, name.toString(), last);
                if (boundary(s, k, scratch)) {
                    return regionOf(s, k, countryCode, name, last);
                }
                continue;
            }
            int epithet = name.length() >= 2 ? epithetEnd(s, k) : -1;
            if (epithet > 0 && epithet < limit && !boundary(s, epithet, scratch)) {
                // 英雄城市图拉市, 历史名城X市: a noun such as 城市 inside a name ends an epithet; the name follows it
                name.setLength(0);
                known = null;
                suffixed = null;
                last = null;
                lastWasUnit = false;
                k = epithet;
                continue;
            }
            char c = s.charAt(k);
            int suffixEnd = name.isEmpty() ? -1 : lexicon.suffix(s, k, limit, scratch);
            if (suffixEnd > 0 && !(suffixEnd < s.length() && s.charAt(suffixEnd) == TITLE)) {
                name.append(s, k, suffixEnd);
                k = suffixEnd;
                last = null;
                lastWasUnit = true;
                suffixed = new Name(k, name.toString(), null);
                if (boundary(s, k, scratch)) {
                    return regionOf(s, k, countryCode, name, null);
                }
                continue;
            }
            int gloss = name.isEmpty() ? -1 : gloss(s, k, limit);
            if (gloss > 0) {
                k = gloss; // 皮尔(pí'ěr)市: pinyin or a Latin gloss inside a name is not part of it
                continue;
            }
            if (c == '的' && lastWasUnit && k + 1 < limit && ChineseText.han(s.charAt(k + 1))) {
                k++;
                lastWasUnit = false;
                continue;
            }
            if (!ChineseText.nameChar(c) || stopWordAt(s, k, scratch)) {
                return later(known, suffixed);
            }
            name.append(c);
            lastWasUnit = false;
            k++;
        }
        return later(known, suffixed);
    }

    /**
     * Of a gazetteer name and a name up to a suffix read along the way, the one that reaches further: 卢奇尼亚诺市以视频
     * 方式 ends at its suffix when no boundary word follows it.
     */
    private static Name later(Name known, Name suffixed) {
        if (suffixed == null) {
            return known;
        }
        return known == null || suffixed.end() > known.end() ? suffixed : known;
    }

    /** The end of a noun that closes an epithet before a name (英雄城市, 历史名城, 浪漫之都) at {@code k}, or -1. */
    private static int epithetEnd(String s, int k) {
        for (String w : EPITHET_NOUNS) {
            if (s.startsWith(w, k)) {
                return k + w.length();
            }
        }
        return -1;
    }

    /**
     * The end of a bracket of Latin letters (pinyin, a gloss: (pí'ěr), (Peel)) at {@code k} that a Chinese character
     * follows, or -1.
     */
    private static int gloss(String s, int k, int limit) {
        if (!ChineseText.openParen(s.charAt(k))) {
            return -1;
        }
        for (int i = k + 1; i < limit && i < k + 30; i++) {
            char c = s.charAt(i);
            if (ChineseText.closeParen(c)) {
                return i > k + 1 && i + 1 < limit && ChineseText.han(s.charAt(i + 1)) ? i + 1 : -1;
            }
            if (ChineseText.han(c) || ChineseText.digit(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** 华盛顿州的塔科马市: a region, 的, and a place in it are one name, written without the 的. */
    private Name regionOf(String s, int k, String countryCode, StringBuilder name, Gazetteer.Entry last) {
        if (k < s.length() && s.charAt(k) == '的') {
            Name inner = foreignName(s, k + 1, countryCode);
            if (inner != null && PlaceLexicon.endsWithSuffix(s, k + 1, inner.end())) {
                return new Name(inner.end(), name + inner.text(), inner.place());
            }
        }
        return new Name(k, name.toString(), last);
    }

    private static Gazetteer.Entry inCountry(PlaceLexicon.PlaceHit hit, String countryCode) {
        Gazetteer.Entry best = null;
        for (Gazetteer.Entry e : hit.entries()) {
            if (countryCode == null ? !"CN".equals(e.country()) : countryCode.equals(e.country())) {
                if (best == null || e.ties() > best.ties()) {
                    best = e;
                }
            }
        }
        return best;
    }

    boolean boundary(String s, int k, int[] scratch) {
        return k >= s.length() || !ChineseText.nameChar(s.charAt(k)) || stopWordAt(s, k, scratch);
    }

    private boolean stopWordAt(String s, int k, int[] scratch) {
        return stopWords.longest(s, k, Math.min(s.length(), k + 4), scratch) > 0;
    }

    /** 广西柳州市, 浙江省宁波市鄞州区: a Chinese place written right after the one above it is that inner place. */
    private List<Mention> mergeChains(List<Mention> in) {
        List<Mention> out = new ArrayList<>(in.size());
        for (Mention m : in) {
            Mention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.type() == Mention.Type.CHINESE && m.type() == Mention.Type.CHINESE
                    && prev.end() == m.start() && lexicon.gazetteer().within(m.place(), prev.place().id())) {
                out.set(out.size() - 1, new Mention(prev.start(), m.end(), m.type(), m.name(), m.place(), "CN", null,
                        m.bare()));
                continue;
            }
            out.add(m);
        }
        return out;
    }
}
