package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.registry.TieKind;

/**
 * The words that state a tie and its kind (DOMAIN.md): 友好城市, 友城, 结好 for a formal tie; 友好合作关系,
 * 友好交流城市 for a looser one; 意向书 for an intention. Words of intention (意向, 正在…进行中, 拟, 计划) written
 * in the same clause after a tie word turn it into an intention: 缔结友好城市意向书 is a letter of intent.
 */
final class KindWords {

    private static final String[][] WORDS = {
        {"友好城市", "sister"},
        {"友城", "sister"},
        {"结好", "sister"},
        {"姐妹城市", "sister"},
        {"姊妹城市", "sister"},
        {"姐妹关系", "sister"},
        {"姐妹省", "sister"},
        {"姐妹州", "sister"},
        {"姐妹友好", "sister"},
        {"友好省州", "sister"},
        {"友好省", "sister"},
        {"友好州", "sister"},
        {"友好县", "sister"},
        {"友好市", "sister"},
        {"友好区", "sister"},
        {"友好城区", "sister"},
        {"兄弟城市", "sister"},
        {"友好都市", "sister"},
        {"姐妹都市", "sister"},
        {"姊妹都市", "sister"},
        {"姊妹市", "sister"},
        {"姐妹市", "sister"},
        {"姊妹城", "sister"},
        {"姐妹城", "sister"},
        {"姊妹省", "sister"},
        {"姊妹州", "sister"},
        {"姊妹地区", "sister"},
        {"姐妹地区", "sister"},
        {"姊妹县", "sister"},
        {"姐妹县", "sister"},
        {"结为“兄弟”", "sister"},
        {"结为\"兄弟\"", "sister"},
        {"结为兄弟", "sister"},
        {"缔结友好关系", "sister"},
        {"结为友好", "sister"},
        {"结成友好", "sister"},
        {"友好合作关系", "partner"},
        {"友好交流关系", "partner"},
        {"友好合作城市", "partner"},
        {"友好交流城市", "partner"},
        {"友好伙伴关系", "partner"},
        {"友好伙伴城市", "partner"},
        {"伙伴城市", "partner"},
        {"友好合作交流城市", "partner"},
        {"友好交流合作城市", "partner"},
        {"友好合作交流关系", "partner"},
        {"友好关系城市", "partner"},
        {"友好交往城市", "partner"},
        {"友好关系协议", "partner"},
        {"友好合作伙伴城市", "partner"},
        {"友好交流合作", "partner"},
        {"友好合作交流", "partner"},
        {"友好合作协议", "partner"},
        {"友好合作备忘录", "partner"},
        {"友好交流协议", "partner"},
        {"友好交流备忘录", "partner"},
        {"意向书", "intent"},
        {"结好意向", "intent"},
        {"意向", "intent"}
    };
    /** 结好 names any tie; 友好交流协议 is as often a year's programme between partners of any kind as a new tie. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("结好", "缔结友好关系", "结为友好", "结成友好", "友好交流协议");

    /** Events a looser tie's words may name (友好交流合作视频会议, 友好合作论坛): meetings, no tie. */
    private static final java.util.regex.Pattern EVENT =
            java.util.regex.Pattern.compile("(?:视频|线上|云)?(?:会议|座谈会|洽谈会|交流会|推介会|研讨会|恳谈会|对接会|论坛|会谈|活动)");

    /** Also words no place name holds (ForeignNames): 准备 in 温市准备与高雄市… ends the name before it. */
    static final String[] INTENT_MARKS = {
        "意向", "正在", "进行中", "拟", "计划", "筹备", "有望", "将于", "申请", "商谈", "洽谈", "磋商", "探讨", "推动", "争取", "有意", "促进", "期待",
        "期望", "早日", "尽快", "愿意", "准备", "进程", "将成为", "关于同意", "的决定", "指导", "下一步", "力争", "促成", "谋划", "建议", "支持",
        "议案", "提案"
    };

    /**
     * Wishes that govern a tie word written after them (尽快缔结友城, 推动建立…) but, written after the word, belong to
     * another predicate (我郡友好城市铜川市尽快恢复…: the partner exists; the wish is for its recovery).
     */
    private static final java.util.Set<String> BEFORE_ONLY =
            java.util.Set.of("早日", "尽快", "期待", "期望", "促进", "推动", "支持", "愿意", "有望", "力争", "促成", "指导");

    private static final String JOINERS = "与和及、";

    /** One instance for readers that need no other (the words are fixed). */
    static final KindWords SHARED = new KindWords();

    private final Trie words = new Trie();
    private final Trie intentMarks = new Trie();

    KindWords() {
        for (int i = 0; i < WORDS.length; i++) {
            words.put(WORDS[i][0], i);
            // 友好交流与合作关系, 友好合作和交流城市: the two nouns joined by a word are the same tie
            for (String pair : new String[] {"交流合作", "合作交流"}) {
                int at = WORDS[i][0].indexOf(pair);
                for (int j = 0; at >= 0 && j < JOINERS.length(); j++) {
                    words.put(WORDS[i][0].substring(0, at + 2) + JOINERS.charAt(j) + WORDS[i][0].substring(at + 2), i);
                }
            }
        }
        // 友好省县, 姊妹县市, 友好郡: a tie's prefix before two levels' suffixes names partners of those levels
        int sister = indexOf("友好省州");
        for (String prefix : new String[] {"友好", "姐妹", "姊妹"}) {
            for (char a : LEVELS.toCharArray()) {
                for (char b : LEVELS.toCharArray()) {
                    if (a != b) {
                        putNew(prefix + a + b, sister);
                    }
                }
            }
            putNew(prefix + "郡", sister);
        }
        for (String m : INTENT_MARKS) {
            intentMarks.put(m, BEFORE_ONLY.contains(m) ? 1 : 0);
        }
    }

    /** The suffixes of places' levels that pair in a tie's noun (省州, 省县, 县市, 道县). */
    private static final String LEVELS = "省州县市区郡道府";

    private void putNew(String word, int value) {
        if (words.longest(word, 0, word.length(), new int[1]) != word.length()) {
            words.put(word, value);
        }
    }

    private static int indexOf(String word) {
        for (int i = 0; i < WORDS.length; i++) {
            if (WORDS[i][0].equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }

    /**
     * A tie word in the text: where, and the kind it states once the rest of its clause is read; {@code generic}: a
     * word such as 结好 that people use for a formal tie and for a looser one alike.
     */
    record Hit(int start, int end, TieKind kind, boolean generic, boolean anniversary) {
        /** Whether the word can name a partner as its title (友城根特市): a word of a kind, not an intent. */
        boolean titles() {
            return kind != TieKind.INTENT && !generic;
        }
    }

    /** Every tie word between from and to, left to right, longest first. */
    List<Hit> find(String s, int from, int to) {
        List<Hit> out = new ArrayList<>(2);
        int[] v = new int[1];
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '友' && c != '结' && c != '姐' && c != '姊' && c != '缔' && c != '意' && c != '兄') {
                i++;
                continue;
            }
            int end = words.longest(s, i, Math.min(to, i + 10), v);
            if (end < 0) {
                i++;
                continue;
            }
            if (GENERIC.contains(WORDS[v[0]][0]) && s.startsWith("友好", end - 2)) {
                // 结为友好交流城市: the specific word that begins inside the generic one names the kind
                int[] w = new int[1];
                int inner = words.longest(s, end - 2, Math.min(to, end + 8), w);
                if (inner > end) {
                    i = end - 2;
                    end = inner;
                    v[0] = w[0];
                }
            }
            TieKind kind = TieKind.parse(WORDS[v[0]][1]).orElseThrow();
            if (GENERIC.contains(WORDS[v[0]][0]) && Organisations.twinningBodyAt(s, end)) {
                i = end; // 结为友好学校: schools (hospitals, firms) twin, not their places
                continue;
            }
            if (kind == TieKind.PARTNER
                    && EVENT.matcher(s).region(end, Math.min(to, end + 5)).lookingAt()) {
                i = end; // 友好交流合作视频会议: a meeting on exchange and cooperation, no tie
                continue;
            }
            // 期待共同庆祝缔结友城35周年: an anniversary states a tie that is; the wish is for the celebration
            boolean anniversary = kind != TieKind.INTENT && anniversaryAfter(s, end, to);
            out.add(new Hit(
                    i,
                    end,
                    kind == TieKind.INTENT
                                    || !anniversary
                                            && (kind == TieKind.SISTER && intentBefore(s, i, to)
                                                    || intentInClause(s, i, to))
                            ? TieKind.INTENT
                            : kind,
                    GENERIC.contains(WORDS[v[0]][0]),
                    anniversary));
            i = end;
        }
        return out;
    }

    /**
     * Whether the words just before a sister tie's word make it a wish: 意向友好城市 (a city meant to become a partner),
     * and 发展友好城市关系备忘录 (a memorandum to develop a tie, not the tie; a memorandum on 友好交流与合作关系 is that
     * looser tie itself). 发展 alone is no mark (两市发展友好城市关系多年).
     */
    private static boolean intentBefore(String s, int tieStart, int to) {
        if (s.startsWith("意向", tieStart - 2)) {
            return true;
        }
        if (!s.startsWith("发展", tieStart - 2)) {
            return false;
        }
        for (int i = tieStart; i < to && !ChineseText.clauseEnd(s.charAt(i)); i++) {
            if (s.startsWith("备忘录", i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tie word is followed by the tie's anniversary (缔结友城35周年, 结好三十周年), up to four characters on. */
    private static boolean anniversaryAfter(String s, int end, int to) {
        java.util.regex.Matcher m = DateReader.ANNIVERSARY.matcher(s);
        for (int i = end; i < Math.min(to, end + 4) && !ChineseText.clauseEnd(s.charAt(i)); i++) {
            if (m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of intention follows in the clause (up to the next comma or full stop). */
    private boolean intentInClause(String s, int from, int to) {
        int[] v = new int[1];
        for (int i = from; i < to && !ChineseText.clauseEnd(s.charAt(i)); i++) {
            if (intentMarks.longest(s, i, Math.min(to, i + 4), v) > 0 && v[0] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of intention stands between two positions (A与B拟缔结…, A与B将于明年结好). */
    boolean intentBetween(String s, int from, int to) {
        int[] v = new int[1];
        for (int i = from; i < to; i++) {
            if (intentMarks.longest(s, i, Math.min(to, i + 4), v) > 0) {
                return true;
            }
        }
        return false;
    }
}
