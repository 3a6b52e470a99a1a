package org.youcheng.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * Finds the places an article names, left to right, longest name first: Chinese divisions from the gazetteer (a
 * chain such as 山西省运城市盐湖区 becomes its innermost place), foreign places written after their country —
 * gazetteer names or, when unknown, a transliteration up to an administrative suffix (莫雷利亚市, 努拉巴德区) —
 * and foreign names written alone that the gazetteer or the article itself has already placed in a country.
 */
final class MentionScanner {

    /** Words that cannot be part of a place name: a name written before one of them ends there. */
    private static final String[] STOP_WORDS = {"与", "和", "同", "跟", "及", "以及", "建立", "建交", "签", "缔结", "缔",
        "结好", "结成", "结为", "结对", "正式", "共同", "成为", "的", "在", "是", "于", "举行", "两市", "双方", "友好", "友城",
        "代表", "政府", "议会", "人民", "考察", "访问", "副", "一行", "首府", "首都", "开展", "等", "为", "之间", "将", "已",
        "也", "相继", "互", "来访", "到", "赴", "率", "位于", "国际", "合作", "交流", "市长", "州长", "省长", "县长", "区长",
        "町长", "议长", "知事", "长官", "中国", "成功", "备案", "签约", "地区", "以下", "简称", "首", "共", "现", "今", "结",
        "派", "出席", "参加", "举办", "向", "对", "致", "商谈", "洽谈", "磋商", "探讨", "推动", "争取", "计划", "筹备", "正在",
        "拟"};
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
            if ((c == '我' || c == '本') && i + 1 < n && "市省区县州".indexOf(s.charAt(i + 1)) >= 0) {
                out.add(new Mention(i, i + 2, Mention.Type.SUBJECT, s.substring(i, i + 2), null, "CN", null, true));
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
                Mention m = placeAt(s, i, place, scratch);
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
        List<Mention> merged = mergeChains(out);
        return remembered(s, merged);
    }

    /** A gazetteer name: Chinese when any Chinese place bears it, else a foreign name written alone. */
    private Mention placeAt(String s, int i, PlaceLexicon.PlaceHit hit, int[] scratch) {
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
        if (best != null && !withSuffix && best.level() != Level.PROVINCE && best.level() != Level.PREFECTURE
                && !(best.level() == Level.COUNTY && end - i >= 3)) {
            // districts and short county names written bare are mostly words (友好, 和平, 城关), not places
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
        if (name == null) {
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
            char c = s.charAt(k);
            int suffixEnd = name.isEmpty() ? -1 : lexicon.suffix(s, k, limit, scratch);
            if (suffixEnd > 0 && !(suffixEnd < s.length() && s.charAt(suffixEnd) == TITLE)) {
                name.append(s, k, suffixEnd);
                k = suffixEnd;
                last = null;
                lastWasUnit = true;
                if (boundary(s, k, scratch)) {
                    return regionOf(s, k, countryCode, name, null);
                }
                continue;
            }
            if (c == '的' && lastWasUnit && k + 1 < limit && ChineseText.han(s.charAt(k + 1))) {
                k++;
                lastWasUnit = false;
                continue;
            }
            if (!ChineseText.nameChar(c) || stopWordAt(s, k, scratch)) {
                return known;
            }
            name.append(c);
            lastWasUnit = false;
            k++;
        }
        return known;
    }

    /** 加利福尼亚州的阿尔汉布拉市: a region, 的, and a place in it are one name, written without the 的. */
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

    /** 广西南宁市, 山西省运城市盐湖区: a Chinese place written right after the one above it is that inner place. */
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

    /**
     * Foreign names the article has placed once (日本金崎町) are found again where written alone (金崎町与长春市…).
     */
    private List<Mention> remembered(String s, List<Mention> mentions) {
        Map<String, Mention> known = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == Mention.Type.FOREIGN) {
                known.putIfAbsent(m.name(), m);
            }
        }
        if (known.isEmpty()) {
            return mentions;
        }
        Trie names = new Trie(64);
        List<Mention> byValue = new ArrayList<>(known.values());
        for (int v = 0; v < byValue.size(); v++) {
            String name = byValue.get(v).name();
            if (name.length() >= 2) {
                names.put(name, v);
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size() + 4);
        int[] scratch = new int[1];
        int at = 0;
        int next = 0;
        while (at < s.length()) {
            Mention m = next < mentions.size() ? mentions.get(next) : null;
            if (m != null && m.start() <= at) {
                out.add(m);
                at = Math.max(at, m.end());
                next++;
                continue;
            }
            int limit = m == null ? s.length() : m.start();
            int end = names.longest(s, at, Math.min(limit, at + 48), scratch);
            if (end > 0 && boundary(s, end, scratch)) {
                Mention k = byValue.get(scratch[0]);
                out.add(new Mention(at, end, Mention.Type.FOREIGN_BARE, k.name(), k.place(), k.countryCode(),
                        k.countryText(), false));
                at = end;
                continue;
            }
            at++;
        }
        return out;
    }
}
