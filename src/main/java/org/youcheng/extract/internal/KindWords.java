package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.youcheng.registry.TieKind;

/**
 * The words that state a tie and its kind (DOMAIN.md): 友好城市, 友城, 结好 for a formal tie; 友好合作关系,
 * 友好交流城市 for a looser one; 意向书 for an intention. Words of intention (意向, 正在…进行中, 拟, 计划) written
 * in the same clause after a tie word turn it into an intention: 缔结友好城市意向书 is a letter of intent.
 */
final class KindWords {

    /** Events a looser tie's words may name (友好交流合作视频会议, 友好合作论坛): meetings, no tie. */
    private static final java.util.regex.Pattern EVENT =
            java.util.regex.Pattern.compile("(?:视频|线上|云)?(?:会议|座谈会|洽谈会|交流会|推介会|研讨会|恳谈会|对接会|论坛|会谈|活动)");

    /** One instance for readers that need no other (the words are fixed). */
    static final KindWords SHARED = new KindWords();

    final Trie words = TieVocabulary.words(); // read by GenericNouns too (a tie word is no town)
    private final Trie intentMarks = TieVocabulary.intentMarks();

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

    /** The characters tie words begin with; 级 begins 省级友好关系, 伙 伙伴城市 and 伙伴协定, 盟 盟约. */
    static final String FIRST_CHARACTERS = "友结姐姊缔意兄级伙盟";

    /** Every tie word between from and to, left to right, longest first. */
    List<Hit> find(String s, int from, int to) {
        List<Hit> out = new ArrayList<>(2);
        int[] v = new int[1];
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (FIRST_CHARACTERS.indexOf(c) < 0) {
                i++;
                continue;
            }
            int end = words.longest(s, i, Math.min(to, i + 10), v);
            if (end < 0) {
                i++;
                continue;
            }
            if (TieVocabulary.generic(v[0]) && s.startsWith("友好", end - 2)) {
                // 结为友好交流城市: the specific word that begins inside the generic one names the kind
                int[] w = new int[1];
                int inner = words.longest(s, end - 2, Math.min(to, end + 8), w);
                if (inner > end) {
                    i = end - 2;
                    end = inner;
                    v[0] = w[0];
                }
            }
            TieKind kind = TieVocabulary.kind(v[0]);
            if (TieVocabulary.generic(v[0]) && Organisations.twinningBodyAt(s, end)) {
                i = end; // 结为友好学校: schools (hospitals, firms) twin, not their places
                continue;
            }
            if (kind == TieKind.PARTNER
                    && EVENT.matcher(s).region(end, Math.min(to, end + 5)).lookingAt()) {
                i = end; // 友好交流合作视频会议: a meeting on exchange and cooperation, no tie
                continue;
            }
            if (Organisations.inQuotedAward(s, i, end)) {
                i = end; // “对华友好城市优秀伙伴奖”: an award's name, no tie stated
                continue;
            }
            if (TieVocabulary.activity(v[0]) && activityNotTie(s, i, end, to)) {
                i = end; // 新疆与东哈州的友好交流合作是…, 与乌多姆赛省加强友好交流合作: the exchange itself, no tie's name
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
                                                    || intentInClause(s, i, to)
                                                    || pendingApproval(s, from, i, end, to))
                            ? TieKind.INTENT
                            : kind,
                    TieVocabulary.generic(v[0]),
                    anniversary));
            i = end;
        }
        return out;
    }

    /** Verbs of doing more of something (加强, 深化, 开展…) that make exchange and cooperation an activity, not a tie. */
    private static final java.util.regex.Pattern DOING = java.util.regex.Pattern.compile(
            "(?:加强|深化|开展|推进|推动|促进|拓展|扩大|密切|增进|加深|持续|广泛)(?:双方|两地|两市|两省|彼此|各领域)?(?:的|在)?$");

    /** The nouns after 友好交流合作 that make it a relation's name (…关系, …协议, …的备忘录, …意向书, …城市). */
    private static final java.util.regex.Pattern RELATION_NOUN =
            java.util.regex.Pattern.compile("(?:与|和)?的?(?:关系|协议|协定|备忘录|意向|城市|伙伴|框架)");

    /**
     * Whether exchange and cooperation written bare (友好交流合作 with no relation's noun after) is an activity: owned
     * by a 的 (两地的友好交流合作) or the object of a verb of doing more (加强友好交流合作); after 建立 or 签署 it still
     * names the tie.
     */
    private static boolean activityNotTie(String s, int start, int end, int to) {
        if (RELATION_NOUN.matcher(s).region(end, Math.min(to, end + 4)).lookingAt()) {
            return false;
        }
        if (start > 0 && s.charAt(start - 1) == '的' && !s.startsWith("关系", end)) {
            return true;
        }
        return DOING.matcher(s).region(Math.max(0, start - 8), start).find();
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

    /** Steps before the approval of a tie, written after its word (…建立友好城市关系,由市人民政府报请审批; …的请示). */
    private static final String[] PENDING = {"报请", "报批", "审批", "请示", "议案", "提案"};

    private static final String PENDING_FIRST = "报审请议提";

    /** Verbs that make a tie, which 同意 must govern for a decision to go ahead (同意A与B建立…, not 同意深化…). */
    private static final java.util.regex.Pattern MAKING = java.util.regex.Pattern.compile("建立|缔结|结为|结成");

    /** Words of a tie made, after the decision (同意…正式签署): then the tie was signed. */
    private static final java.util.regex.Pattern MADE = java.util.regex.Pattern.compile("正式|签署|签订|签约|签字|举行");

    /**
     * Whether a tie is still on its way to approval (DOMAIN.md: intent, application, review, approval, signing): a step
     * before approval written soon after its word in the sentence (报请审批, 上报审批, 请示, a motion: 建立友好城市关系的议案), or a decision to go ahead, 同意
     * governing the making of the tie (市人大常委会决定同意A与B建立友好城市关系; 会议同意…缔结…) — not an approval given (经国务院
     * 同意, A与B正式缔结…), nor agreement to deepen a tie that is (双方同意深化友好城市关系).
     */
    private static boolean pendingApproval(String s, int from, int tieStart, int tieEnd, int to) {
        for (int i = tieEnd; i + 1 < Math.min(to, tieEnd + 30); i++) {
            if (PENDING_FIRST.indexOf(s.charAt(i)) >= 0 && ChineseText.startsWithAny(s, i, PENDING)) {
                return true;
            }
        }
        int agreed = -1; // the last 同意 in the 40 characters before the word
        for (int i = Math.max(from, tieStart - 40); i + 2 <= tieStart; i++) {
            if (s.charAt(i) == '同' && s.charAt(i + 1) == '意') {
                agreed = i;
            }
        }
        if (agreed < 0) {
            return false;
        }
        boolean given = false; // 经国务院同意: 经 up to ten characters before
        for (int i = Math.max(0, agreed - 10); i < agreed; i++) {
            given |= s.charAt(i) == '经';
        }
        return !given
                && MAKING.matcher(s).region(agreed, tieEnd).find()
                && !MADE.matcher(s).region(agreed, tieEnd).find();
    }

    /** Whether the tie word is followed by the tie's anniversary (缔结友城35周年, 结好三十周年), up to four characters on. */
    private static boolean anniversaryAfter(String s, int end, int to) {
        java.util.regex.Matcher m = null;
        for (int i = end; i < Math.min(to, end + 4) && !ChineseText.clauseEnd(s.charAt(i)); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && "一二三四五六七八九十百".indexOf(c) < 0) {
                continue; // a count begins every anniversary: most positions need no matcher
            }
            m = m == null ? DateReader.ANNIVERSARY.matcher(s) : m;
            if (m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of intention follows in the clause (up to the next comma or full stop). */
    private boolean intentInClause(String s, int from, int to) {
        int end = from;
        while (end < to && !ChineseText.clauseEnd(s.charAt(end))) {
            end++;
        }
        return intentIn(s, from, end, to, true);
    }

    /** Whether a word of intention stands between two positions (A与B拟缔结…, A与B将于明年结好). */
    boolean intentBetween(String s, int from, int to) {
        return intentIn(s, from, to, to, false);
    }

    /** 促成 after 曾 or 已 (曾协助促成A与B签署…): a tie brought about, not one wished for. */
    private static boolean brought(String s, int i) {
        if (!s.startsWith("促成", i)) {
            return false;
        }
        int from = Math.max(0, i - 4);
        return ChineseText.indexIn(s, "曾", from, i) >= 0 || ChineseText.indexIn(s, "已", from, i) >= 0;
    }

    /**
     * Whether a word of intention that is not an event's begins in {@code [from, end)} (read up to {@code to}); after
     * the tie word, only a word that may stand there (value 0: not one of TieVocabulary's BEFORE_ONLY).
     */
    private boolean intentIn(String s, int from, int end, int to, boolean afterTheWord) {
        int[] v = new int[1];
        for (int i = from; i < end; i++) {
            int markEnd = intentMarks.longest(s, i, Math.min(to, i + 4), v);
            if (markEnd > 0 && (!afterTheWord || v[0] == 0) && !ofAnEvent(s, markEnd, to) && !brought(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** An event's verb and 的 after a word of intention (即将开幕的冬奥会, 将于明年举行的论坛): the intention is the event's. */
    private static final Pattern EVENT_AHEAD = Pattern.compile("[^，,。；;的]{0,6}?(?:开幕|闭幕|举行|举办|召开|开展|开通|启动|到来|来临)的");

    private static boolean ofAnEvent(String s, int markEnd, int to) {
        return EVENT_AHEAD
                .matcher(s)
                .region(markEnd, Math.min(to, markEnd + 12))
                .lookingAt();
    }
}
