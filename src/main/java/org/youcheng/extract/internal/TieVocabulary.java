package org.youcheng.extract.internal;

import java.util.List;
import java.util.Set;
import org.youcheng.registry.TieKind;

/**
 * The words that state a tie and its kind, and the words of intention, as tries for {@link KindWords}: each word
 * filed under its index in the table, two nouns joined by a word (友好交流与合作关系) and a tie's prefix before two
 * levels' suffixes (友好省县, 姊妹县市) filed as the words they stand for.
 */
final class TieVocabulary {

    private TieVocabulary() {}

    private static final String[][] WORDS = {
        {"友好城市", "sister"},
        {"友城", "sister"},
        {"友省", "sister"},
        {"结好", "sister"},
        {"姐妹城市", "sister"},
        {"姊妹城市", "sister"},
        {"姐妹关系", "sister"},
        {"姊妹关系", "sister"},
        {"姐妹省", "sister"},
        {"姐妹州", "sister"},
        {"姐妹友好", "sister"},
        {"友好省州", "sister"},
        {"友好省份", "sister"},
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
        {"缔盟城市", "sister"},
        {"缔盟", "sister"},
        {"盟约", "sister"}, // 缔结姊妹市盟约, 签订与X市的盟约: Taiwan's noun of 缔盟
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
        {"级友好关系", "sister"},
        {"结为友好", "sister"},
        {"结成友好", "sister"},
        {"友好合作关系", "partner"},
        // Taiwan's lesser tier beside its 姊妹市 (a city lists its 姊妹市 and its 友谊市 apart)
        {"友谊城市", "partner"},
        {"友谊市", "partner"},
        {"友好交流关系", "partner"},
        {"友好合作城市", "partner"},
        {"友好交流城市", "partner"},
        {"友好交流省州", "partner"},
        {"友好合作省州", "partner"},
        {"友好伙伴关系", "partner"},
        {"友好伙伴城市", "partner"},
        {"伙伴协定", "partner"},
        {"伙伴关系协定", "partner"},
        {"伙伴城市", "partner"},
        {"友好合作交流城市", "partner"},
        {"友好交流合作城市", "partner"},
        {"友好合作交流关系", "partner"},
        {"友好关系城市", "partner"},
        {"友好交往城市", "partner"},
        {"友好关系协议", "partner"},
        {"友好合作伙伴城市", "partner"},
        {"友好合作伙伴关系", "partner"},
        {"友好交流合作", "partner"},
        {"友好合作交流", "partner"},
        {"友好合作协议", "partner"},
        {"友好合作框架协议", "partner"},
        {"友好交流框架协议", "partner"},
        {"友好合作框架备忘录", "partner"},
        {"友好交流框架备忘录", "partner"},
        {"友好合作备忘录", "partner"},
        {"友好交流协议", "partner"},
        {"友好交流协定", "partner"},
        {"友好协定", "partner"},
        {"友好合作协定", "partner"},
        {"友好交流备忘录", "partner"},
        {"意向书", "intent"},
        {"结好意向", "intent"},
        {"意向", "intent"}
    };
    /** 结好 (and Taiwan's 缔盟, 缔盟城市) names any tie; 友好交流协议 is as often a year's programme between partners of any kind as a new tie. */
    private static final Set<String> GENERIC = Set.of("结好", "缔结友好关系", "级友好关系", "结为友好", "结成友好", "友好交流协议", "缔盟城市", "缔盟");

    /**
     * Verbs that begin a tie word and take the particle 了 after them (缔结了友好关系, 结为了友好城市). 建立友好关系 is no
     * tie word: tried, it took 「(2004年8月正式商定建立友好关系)」 in a list's row for a tie of its own and lost rows.
     */
    private static final List<String> VERBS = List.of("缔结", "结为", "结成");

    /** Also words no place name holds (ForeignNames): 准备 in 温市准备与高雄市… ends the name before it. */
    static final String[] INTENT_MARKS = {
        "意向", "正在", "进行中", "拟", "可能", "计划", "筹备", "有望", "将于", "申请", "商谈", "洽谈", "磋商", "探讨", "推动", "推进", "争取", "有意",
        "促进", "期待", "期望", "早日", "尽快", "愿意", "准备", "进程", "将成为", "关于同意", "的决定", "指导", "下一步", "力争", "促成", "谋划", "建议", "支持",
        "议案", "提案", "即将", "将缔结", "将结为", "将建立", "将签署", "将正式", "表示将", "表示愿", "愿同", "愿与", "同意建立", "同意缔结", "全票通过", "投票通过",
        "表决通过", "审议通过"
    };

    /**
     * Wishes that govern a tie word written after them (尽快缔结友城, 推动建立…) but, written after the word, belong to
     * another predicate (我郡友好城市铜川市尽快恢复…: the partner exists; the wish is for its recovery).
     */
    private static final Set<String> BEFORE_ONLY =
            Set.of("早日", "尽快", "期待", "期望", "促进", "推动", "推进", "支持", "愿意", "愿同", "愿与", "有望", "力争", "促成", "指导");

    private static final String JOINERS = "与和及、";

    /** Fields of cooperation written between 友好 and 合作 or 交流. */
    private static final String[] FIELDS = {"经贸", "经济", "商贸", "文化", "人文", "教育", "科技", "旅游"};

    /** The suffixes of places' levels that pair in a tie's noun (省州, 省县, 县市, 道县). */
    private static final String LEVELS = "省州县市区郡道府";

    static Trie words() {
        Trie words = new Trie();
        for (int i = 0; i < WORDS.length; i++) {
            words.put(WORDS[i][0], i);
            for (String verb : VERBS) {
                if (WORDS[i][0].startsWith(verb)) {
                    words.put(verb + "了" + WORDS[i][0].substring(verb.length()), i);
                }
            }
            // 友好交流与合作关系, 友好合作和交流城市: the two nouns joined by a word are the same tie
            for (String pair : new String[] {"交流合作", "合作交流"}) {
                int at = WORDS[i][0].indexOf(pair);
                for (int j = 0; at >= 0 && j < JOINERS.length(); j++) {
                    words.put(WORDS[i][0].substring(0, at + 2) + JOINERS.charAt(j) + WORDS[i][0].substring(at + 2), i);
                }
            }
        }
        // 友好经贸合作城市, 友好文化交流关系: a field of cooperation written inside a partner's noun names the same tie
        for (int i = 0; i < WORDS.length; i++) {
            String w = WORDS[i][0];
            if (w.startsWith("友好合作") || w.startsWith("友好交流")) {
                for (String field : FIELDS) {
                    putNew(words, "友好" + field + w.substring(2), i);
                }
            }
        }
        // 友好省县, 姊妹县市, 友好郡: a tie's prefix before two levels' suffixes names partners of those levels
        int sister = indexOf("友好省州");
        for (String prefix : new String[] {"友好", "姐妹", "姊妹"}) {
            for (char a : LEVELS.toCharArray()) {
                for (char b : LEVELS.toCharArray()) {
                    if (a != b) {
                        putNew(words, prefix + a + b, sister);
                    }
                }
            }
            putNew(words, prefix + "郡", sister);
        }
        return words;
    }

    /** The words of intention, valued 1 for a wish that counts only before the tie word ({@link #BEFORE_ONLY}). */
    static Trie intentMarks() {
        Trie marks = new Trie();
        for (String m : INTENT_MARKS) {
            marks.put(m, BEFORE_ONLY.contains(m) ? 1 : 0);
        }
        return marks;
    }

    static TieKind kind(int index) {
        return TieKind.parse(WORDS[index][1]).orElseThrow();
    }

    /** Whether the word names an activity when no relation's noun follows (友好交流合作, 友好合作交流). */
    static boolean activity(int index) {
        return WORDS[index][0].equals("友好交流合作") || WORDS[index][0].equals("友好合作交流");
    }

    static boolean generic(int index) {
        return GENERIC.contains(WORDS[index][0]);
    }

    private static void putNew(Trie words, String word, int value) {
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
}
