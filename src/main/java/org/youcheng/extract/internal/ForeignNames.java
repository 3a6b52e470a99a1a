package org.youcheng.extract.internal;

import org.youcheng.registry.Gazetteer;

/**
 * Reads a foreign place's name where it is written after its country (or alone): gazetteer names of the country are
 * taken whole, a transliteration runs up to an administrative suffix that a word boundary follows, an epithet before
 * the name (英雄城市), a Latin gloss inside it (皮尔(pí'ěr)市) and a 的 between a region and its city are left out.
 */
final class ForeignNames {

    /**
     * Words that cannot be part of a place name: a name written before one of them ends there. 派 only as a verb
     * (派出, 派团): it begins transliterations (派克威尔市).
     */
    private static final String[] STOP_WORDS = {
        "与", "和", "同", "跟", "及", "以及", "建立", "建交", "签", "缔结", "缔", "结好", "结成", "结为", "结对", "正式", "共同", "成为", "的", "在",
        "是", "于", "举行", "两市", "双方", "友好", "友谊", "友城", "代表", "政府", "议会", "人民", "考察", "访问", "副", "一行", "首府", "首都", "开展",
        "等", "为", "之间", "将", "已", "也", "相继", "互", "来访", "到", "赴", "率", "位于", "国际", "合作", "交流", "市长", "州长", "省长", "县长",
        "区长", "町长", "议长", "知事", "长官", "中国", "成功", "备案", "签约", "地区", "以下", "简称", "首", "共", "现", "今", "结", "派出", "派团",
        "派员", "派遣", "出席", "参加", "举办", "向", "对", "致", "商谈", "洽谈", "磋商", "探讨", "推动", "争取", "计划", "筹备", "正在", "拟", "续签",
        "重签", "互签", "达成", "确立", "携手", "庆祝", "纪念", "宣布", "商定", "分别", "首次", "又", "再", "还", "均", "曾", "就", "进行", "先后",
        "陆续", "被", "作为", "素有", "号称", "堪称", "尚未", "至今", "目前", "一直", "之后", "以后", "以来", "之前", "后", "保持", "加强", "深化", "有着",
        "便", "遂", "姐妹", "姊妹", "两城", "驻", "皆", "有友好", "有姐妹", "有姊妹", "有友城", "有缔结"
    };
    /** "Since" before a date (埃森自2015年…以来, 自上世纪): 自 alone begins names (自由州). */
    private static final String[] SINCE = {"自从", "自上世纪", "自去年", "自今年", "早在", "从上世纪"};
    /** A suffix followed by 长 is a title (省长, 市长), not the end of a name. */
    static final char TITLE = '长';

    private final PlaceLexicon lexicon;
    private final Trie stopWords = new Trie();

    ForeignNames(PlaceLexicon lexicon) {
        this.lexicon = lexicon;
        for (String w : STOP_WORDS) {
            stopWords.put(w, 0);
        }
        for (String w : TieVocabulary.INTENT_MARKS) {
            stopWords.put(w, 0);
        }
        for (String w : SINCE) {
            stopWords.put(w, 0);
        }
    }

    /** A foreign name read: where it ends, its text, and its gazetteer place if known. */
    record Name(int end, String text, Gazetteer.Entry place) {}

    /**
     * A foreign name starting at {@code p}: gazetteer names of the country are taken whole (so that a 和 or 的 inside
     * one does not cut it), other characters one by one, and the name ends at the first administrative suffix (or
     * gazetteer name) that a word boundary follows. A 的 between a region and its city is dropped.
     */
    Name read(String s, int p, String countryCode) {
        Name n = readName(s, p, countryCode);
        return n == null || GenericNouns.is(n.text()) ? null : n;
    }

    private Name readName(String s, int p, String countryCode) {
        int[] scratch = new int[1];
        int limit = Math.min(s.length(), p + 48);
        StringBuilder name = new StringBuilder();
        Gazetteer.Entry last = null;
        boolean lastWasUnit = false;
        boolean suffixLast = false; // the last unit ended with a suffix (义安省), not with a name (清州)
        Name known = null;
        Name suffixed = null;
        int k = p;
        while (k < limit) {
            PlaceLexicon.PlaceHit hit = lexicon.place(s, k, limit, scratch);
            if (hit != null && hit.inCountry(countryCode) != null) {
                int end = hit.end();
                int suffixEnd = adverb(s, lexicon.suffix(s, end, limit, scratch));
                suffixLast = suffixEnd > 0 && !(suffixEnd < s.length() && s.charAt(suffixEnd) == TITLE);
                if (suffixLast) {
                    end = suffixEnd;
                }
                Name before = later(known, suffixed);
                name.append(s, k, end);
                last = hit.inCountry(countryCode, s, k, end); // 日本大阪府: the prefecture, not the city
                k = end;
                lastWasUnit = true;
                known = new Name(k, name.toString(), last);
                if (before != null && Organisations.institutionAt(s, k)) {
                    return before; // 奥本市绿河学院: Green River College of Auburn, the name is 奥本市
                }
                if (endsKnown(s, k, scratch)) {
                    return regionOf(s, k, countryCode, name, last);
                }
                continue;
            }
            int epithet = name.length() >= 2 ? Epithets.end(s, k) : -1;
            if (epithet > 0
                    && epithet + 1 < limit
                    && s.charAt(epithet) == '的'
                    && ChineseText.han(s.charAt(epithet + 1))) {
                epithet++; // 韩国最大港湾城市的釜山: the epithet, 的, and the name
            }
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
            int suffixEnd = name.isEmpty() ? -1 : adverb(s, lexicon.suffix(s, k, limit, scratch));
            if (suffixEnd == k + 1 && lastWasUnit && ChineseText.suffixWord(name, c)) {
                return later(known, suffixed); // 义安省都: a suffix right after a suffix makes a word (省都, 县城)
            }
            if (suffixEnd > 0 && !(suffixEnd < s.length() && s.charAt(suffixEnd) == TITLE)) {
                name.append(s, k, suffixEnd);
                k = suffixEnd;
                last = null;
                lastWasUnit = true;
                suffixLast = true;
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
            if (!ChineseText.nameChar(c)
                    || stopWordAt(s, k, scratch) && !joinerInName(s, k, name, limit, scratch)
                    || ChineseText.sinceYear(s, k)
                    || (!name.isEmpty() && PlaceCount.at(s, k))) {
                // else 法国奥贝赫维利耶两城市: a transliteration up to a stop word or a list's mark; a known name inside a
                // longer one (特纳 in 彻特纳姆、) is no name of its own either
                Name read = later(known, suffixed);
                boolean bare = (read == null || read.end() < k)
                        && (stopWordAt(s, k, scratch) || "、，,；;。".indexOf(c) >= 0)
                        && lexicon.transliteration().reads(name);
                return bare ? new Name(k, name.toString(), null) : read;
            }
            name.append(c);
            lastWasUnit = false;
            k++;
        }
        return later(known, suffixed);
    }

    /** 复和县: a 和 (与, 及) right before a suffix that ends the name is part of it; a list's next item needs a name. */
    private boolean joinerInName(String s, int k, CharSequence name, int limit, int[] scratch) {
        if (name.isEmpty() || "和与及".indexOf(s.charAt(k)) < 0) {
            return false;
        }
        int end = lexicon.suffix(s, k + 1, limit, scratch);
        return end == k + 2 && boundary(s, end, scratch);
    }

    /** Of a gazetteer name and a name up to a suffix, the one that reaches further (卢奇尼亚诺市以视频方式). */
    private static Name later(Name known, Name suffixed) {
        if (suffixed == null) {
            return known;
        }
        return known == null || suffixed.end() > known.end() ? suffixed : known;
    }

    /** The end of a Latin bracket (pinyin, a gloss: (pí'ěr), (Peel)) at {@code k} before a Chinese character, or -1. */
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
        if (k < s.length() && s.charAt(k) == '的' && !lexicon.chineseAt(s, k + 1, s.length(), new int[1])) {
            Name inner = read(s, k + 1, countryCode);
            if (inner != null && PlaceLexicon.endsWithSuffix(s, k + 1, inner.end())) {
                return new Name(inner.end(), name + inner.text(), inner.place());
            }
        }
        return new Name(k, name.toString(), last);
    }

    /**
     * Whether a name may end at {@code k}: the text ends, a character no name holds, a word no name holds, or a count
     * of the places just named (惠灵顿两城, X市三座城市).
     */
    boolean boundary(String s, int k, int[] scratch) {
        return wordBoundary(s, k, scratch) || lexicon.predicateAfterSuffix(s, k, scratch);
    }

    /**
     * Whether a gazetteer name ends at {@code k}: a boundary, a predicate of the dictionary after it wherever the name
     * ends (not only after a suffix), or a mayor after it.
     */
    boolean endsKnown(String s, int k, int[] scratch) {
        return wordBoundary(s, k, scratch) || lexicon.predicateAt(s, k, scratch) || NamedPersons.mayorAfterCity(s, k);
    }

    private boolean wordBoundary(String s, int k, int[] scratch) {
        return k >= s.length()
                || !ChineseText.nameChar(s.charAt(k))
                || stopWordAt(s, k, scratch)
                || ChineseText.sinceYear(s, k)
                || PlaceCount.at(s, k)
                || adverb(s, k + 1) < 0; // 和歌山都与…: the adverb "all"
    }

    /** What follows 都 when it is the adverb "all" (X和Y都是…, 都已…), not a metropolis's suffix. */
    private static final String AFTER_ALL = "是已与和同在为有将曾成结缔因均先";

    /** A suffix end, or -1 when the suffix is 都 used as the adverb (纽约都是扬州市的友城: the name is 纽约). */
    static int adverb(String s, int suffixEnd) {
        return suffixEnd > 0
                        && s.charAt(suffixEnd - 1) == '都'
                        && suffixEnd < s.length()
                        && AFTER_ALL.indexOf(s.charAt(suffixEnd)) >= 0
                ? -1
                : suffixEnd;
    }

    private boolean stopWordAt(String s, int k, int[] scratch) {
        // 将 marks the future (X将与Y…), but 将军 is part of a name (比亚蒙特将军市, General Villamonte)
        return stopWords.longest(s, k, Math.min(s.length(), k + 4), scratch) > 0 && !s.startsWith("将军", k);
    }
}
