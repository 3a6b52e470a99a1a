package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieKind;

/**
 * Counts written with 分别, one for each item named before it: kinds (国际友好城市和友好交流城市数量分别达到15个和22个; one
 * count for both: 分别达到13个) or Chinese places (江苏、山东和广东的友好城市数量分别为266、167和141个). The counts must be as
 * many as the items (or one for kinds), the last with a measure word, nothing but a partner noun after them, and no
 * count of anything else in the clause (项目, 企业, 协议…); otherwise the clause yields nothing.
 */
final class RespectiveCounts {

    /** The place (null: the clause's own) and its counts by kind. */
    record Counted(Gazetteer.Entry place, Integer sister, Integer partner) {

        /** A count of one kind (sister or partner) for a place. */
        static Counted of(Gazetteer.Entry place, TieKind kind, int n) {
            return new Counted(place, kind == TieKind.SISTER ? n : null, kind == TieKind.PARTNER ? n : null);
        }
    }

    private static final String NUMBER = "(?:\\d{1,5}|[一二两三四五六七八九十百]{1,4})";
    private static final Pattern LIST = Pattern.compile("分别(?:为|是|有|达|达到|已达|已达到|增至|增加到|增加至)?\\s*(" + NUMBER
            + "(?:个|座|对)?(?:\\s*(?:、|和|及|与)\\s*" + NUMBER + "(?:个|座|对)?)*)");
    private static final Pattern ONE = Pattern.compile(NUMBER);
    /** What may follow the counts: nothing, or the noun of partner places they count. */
    private static final Pattern REST = Pattern.compile("\\s*(?:(?:国际|国外)?(?:友好城市|友城|友好交流城市|友好省州|城市)(?:关系)?)?\\s*");
    /** Between the last item and 分别: the noun of what is counted (城市, 关系城市), its number, 已. */
    private static final Pattern GAP = Pattern.compile(
            "\\s*[,，]?\\s*(?:关系)?(?:城市)?(?:的|其)?(?:国际)?(?:友好城市|友城|友好省州|友好(?:交流|合作)(?:关系)?城市)?(?:关系)?(?:的)?"
                    + "(?:数量|总数|数)?(?:已|均|也)?\\s*");
    /** Counts of other things: a clause that names them is no count of partners. */
    private static final Pattern OTHER = Pattern.compile("项目|企业|活动|人次|协议|备忘录|代表|学校|学生|合同|资金|届|次|奖");

    private final KindWords kinds;

    RespectiveCounts(KindWords kinds) {
        this.kinds = kinds;
    }

    /** Whether the clause {@code [from, to)} writes 分别, so that only this class may read its counts. */
    static boolean writes(String s, int from, int to) {
        return ChineseText.indexIn(s, "分别", from, to) >= 0;
    }

    /** The counts of a clause with 分别, its sentence beginning at {@code sentenceStart}; empty when unsure. */
    List<Counted> read(Reading r, int sentenceStart, int from, int to) {
        String s = r.text;
        Matcher m = LIST.matcher(s).region(ChineseText.indexIn(s, "分别", from, to), to);
        if (!m.lookingAt()
                || !REST.matcher(s).region(m.end(), to).matches()
                || "个座对".indexOf(s.charAt(m.end() - 1)) < 0
                || OTHER.matcher(s).region(sentenceStart, to).find()) {
            return List.of();
        }
        List<Integer> counts = new ArrayList<>();
        Matcher n = ONE.matcher(m.group(1));
        while (n.find()) {
            counts.add(ChineseNumerals.value(n.group()));
        }
        int at = m.start();
        List<KindWords.Hit> joined = joinedKinds(s, kinds.find(s, from, at), at);
        if (joined.size() >= 2) {
            return byKind(joined, counts);
        }
        return byPlace(r, kinds.find(s, sentenceStart, at), sentenceStart, at, counts);
    }

    private static List<Counted> byKind(List<KindWords.Hit> joined, List<Integer> counts) {
        if (counts.size() != 1 && counts.size() != joined.size()) {
            return List.of();
        }
        Integer[] byKind = new Integer[3];
        for (int i = 0; i < joined.size(); i++) {
            TieKind k = joined.get(i).kind();
            if (k == TieKind.INTENT || byKind[k.ordinal()] != null) {
                return List.of();
            }
            byKind[k.ordinal()] = counts.get(counts.size() == 1 ? 0 : i);
        }
        return List.of(new Counted(null, byKind[TieKind.SISTER.ordinal()], byKind[TieKind.PARTNER.ordinal()]));
    }

    /** The last run of tie words joined by 和, 及, 与 or 、 that ends just before 分别 (数量已 aside). */
    private static List<KindWords.Hit> joinedKinds(String s, List<KindWords.Hit> words, int at) {
        List<KindWords.Hit> run = new ArrayList<>();
        int end = at;
        for (int i = words.size() - 1; i >= 0; i--) {
            KindWords.Hit w = words.get(i);
            String between = s.substring(w.end(), end);
            boolean fits = run.isEmpty() ? GAP.matcher(between).matches() : joins(between);
            if (!fits) {
                break;
            }
            run.addFirst(w);
            end = w.start();
        }
        return run;
    }

    /** 和, 及, 与, 、 between two tie words, after the noun the first one leaves (友好城市和, 友好交流关系城市及). */
    private static boolean joins(String between) {
        String b = between.replaceFirst("^(?:关系)?(?:城市)?", "").replaceFirst("(?:国际|国外)$", "");
        return switch (b.strip()) {
            case "、", "和", "及", "以及", "与" -> true;
            default -> false;
        };
    }

    /** One count per Chinese place of the run that ends just before 分别, all of the one kind the sentence names. */
    private static List<Counted> byPlace(
            Reading r, List<KindWords.Hit> words, int sentenceStart, int at, List<Integer> counts) {
        TieKind kind = oneKind(words);
        List<Gazetteer.Entry> places = kind == null ? List.of() : placesBefore(r, sentenceStart, at);
        if (places.size() < 2 || places.size() != counts.size()) {
            return List.of();
        }
        List<Counted> out = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            out.add(Counted.of(places.get(i), kind, counts.get(i)));
        }
        return out;
    }

    /** The one kind of the tie words, or null when there is none, an intent or two kinds. */
    static TieKind oneKind(List<KindWords.Hit> words) {
        TieKind kind = null;
        for (KindWords.Hit w : words) {
            if (w.kind() == TieKind.INTENT || (kind != null && kind != w.kind())) {
                return null;
            }
            kind = w.kind();
        }
        return kind;
    }

    /** The Chinese places enumerated right before 分别 (江苏、山东和广东, 南京、无锡两市), or none. */
    private static List<Gazetteer.Entry> placesBefore(Reading r, int sentenceStart, int at) {
        String s = r.text;
        List<Gazetteer.Entry> run = new ArrayList<>();
        int end = at;
        List<Mention> ms = r.mentions;
        for (int i = ms.size() - 1; i >= 0; i--) {
            Mention m = ms.get(i);
            if (m.end() > end) {
                continue;
            }
            if (m.start() < sentenceStart || !m.domestic() || r.domestic(m) == null) {
                break;
            }
            boolean fits = run.isEmpty() ? gapToCounts(s, m.end(), end) : ChineseText.joinsItems(s, m.end(), end);
            if (!fits) {
                break;
            }
            run.addFirst(r.domestic(m));
            end = m.start();
        }
        return run;
    }

    /** What may stand between the last place and 分别: a count of the places (三省), the noun of what is counted. */
    private static boolean gapToCounts(String s, int placeEnd, int at) {
        int p = PlaceCount.end(s, placeEnd);
        int from = p > 0 && p <= at ? p : placeEnd;
        return GAP.matcher(s).region(from, at).matches();
    }
}
