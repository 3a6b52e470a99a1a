package org.youcheng.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.youcheng.analytics.internal.EnglishSummary;
import org.youcheng.common.Term;
import org.youcheng.ledger.ActivityFigures;
import org.youcheng.registry.CountingBasis;

/**
 * The paragraph an office opens its year-end report with, in Chinese and in English, written from the report's own
 * figures and nothing else: the partners at the end of the year, what is new, the breakthroughs (零的突破), the
 * year's round anniversaries, the exchanges, the dormant ties. Each sentence is left out when it has nothing to say.
 *
 * @param zh the paragraph in Chinese; en the same in English
 */
public record YearSummary(String zh, String en) implements Term {

    private static final String[] NUMERALS = {"零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"};

    /** Writes the summary of a report's parts. */
    static YearSummary of(
            FriendshipProfile p, ActivityFigures a, boolean ledgerKept, int dormantAfterYears, List<TieLine> dormant) {
        return new YearSummary(
                chinese(p, a, ledgerKept, dormantAfterYears, dormant),
                EnglishSummary.of(p, a, ledgerKept, dormantAfterYears, dormant));
    }

    private static String chinese(
            FriendshipProfile p, ActivityFigures a, boolean ledgerKept, int years, List<TieLine> dormant) {
        Tally c = p.counts();
        String who = p.scope().equals(Scope.OWN.code()) ? p.place().nameZh() + "本级" : p.scopeZh();
        StringBuilder s = new StringBuilder();
        s.append("截至").append(p.year()).append("年底，").append(who);
        if (c.total() == 0) {
            s.append("尚未缔结国际友好城市关系");
        } else {
            List<String> parts = new ArrayList<>();
            if (c.sister() > 0) {
                parts.add("国际友好城市" + c.sister() + "对");
            }
            if (c.partner() > 0) {
                parts.add("友好交流城市" + c.partner() + "对");
            }
            if (c.unverified() > 0) {
                parts.add("待核实的结好关系" + c.unverified() + "对");
            }
            s.append("共缔结")
                    .append(String.join("、", parts))
                    .append("，遍及")
                    .append(c.countries())
                    .append("个国家、")
                    .append(continents(c.continents()));
        }
        if (c.intent() > 0) {
            s.append("；另有结好意向").append(c.intent()).append("个");
        }
        s.append("。");
        if (CountingBasis.REFERENCE.code().equals(c.basis())
                || CountingBasis.MIXED.code().equals(c.basis())) {
            s.append("（").append(c.basisZh()).append("）");
        }
        Map<String, Integer> fresh = kinds(p.newTies());
        if (!fresh.isEmpty()) {
            s.append(p.year()).append("年新增");
            s.append(fresh.entrySet().stream()
                    .map(e -> zhKind(e.getKey()) + e.getValue() + (e.getKey().equals("intent") ? "个" : "对"))
                    .collect(Collectors.joining("、")));
            s.append("：")
                    .append(p.newTies().stream()
                            .map(t -> t.countryZh() + t.partnerZh())
                            .collect(Collectors.joining("、")))
                    .append("。");
        }
        List<Breakthrough> top = widest(p.breakthroughs());
        if (!top.isEmpty()) {
            s.append("实现了")
                    .append(top.stream()
                            .map(b -> b.ofZh() + (b.over().equals("any") ? "国际友好城市" : "在" + b.whereZh()) + "的零的突破（"
                                    + b.tie().partnerZh() + "）")
                            .collect(Collectors.joining("、")))
                    .append("。");
        }
        if (!p.anniversariesOfYear().isEmpty()) {
            s.append(p.year())
                    .append("年适逢与")
                    .append(p.anniversariesOfYear().stream()
                            .map(x -> x.tie().countryZh() + x.tie().partnerZh() + "结好" + x.years() + "周年")
                            .collect(Collectors.joining("、与")))
                    .append("。");
        }
        if (a.activities() > 0) {
            List<String> did = new ArrayList<>();
            if (a.received().count() > 0) {
                did.add("接待来访团组" + a.received().count() + "批" + a.received().personTimes() + "人次");
            }
            if (a.sent().count() > 0) {
                did.add("派出出访团组" + a.sent().count() + "批" + a.sent().personTimes() + "人次");
            }
            if (a.events().count() > 0) {
                did.add("举办交流活动" + a.events().count() + "场");
            }
            if (a.agreements().count() > 0) {
                did.add("签署合作协议" + a.agreements().count() + "项");
            }
            if (a.projects().count() > 0) {
                did.add("开展合作项目" + a.projects().count() + "个");
            }
            if (!did.isEmpty()) {
                s.append("全年").append(String.join("，", did)).append("。");
            }
            if (!a.awards().isEmpty()) {
                s.append("获得")
                        .append(a.awards().stream()
                                .map(x -> "“" + x.title() + "”")
                                .collect(Collectors.joining("、")))
                        .append("。");
            }
        }
        if (ledgerKept && !dormant.isEmpty()) {
            s.append("有").append(dormant.size()).append("对友好关系已").append(years).append("年以上无交流往来。");
        }
        return s.toString();
    }

    /** The new ties by kind, in the order sister, partner, intent. */
    public static Map<String, Integer> kinds(List<TieLine> ties) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String k : List.of("sister", "partner", "intent", "unverified")) {
            int n = (int) ties.stream().filter(t -> t.kind().code().equals(k)).count();
            if (n > 0) {
                out.put(k, n);
            }
        }
        return out;
    }

    /**
     * Of the breakthroughs of one tie, the one that says most: the highest place (a province's first over the
     * city's), then the widest group (anywhere, over a continent, over a country).
     */
    public static List<Breakthrough> widest(List<Breakthrough> all) {
        Map<Long, Breakthrough> best = new LinkedHashMap<>();
        for (Breakthrough b : all) {
            best.putIfAbsent(b.tie().tieId(), b); // the list is highest place first, then widest group
        }
        return List.copyOf(best.values());
    }

    private static String continents(int n) {
        String numeral = n < NUMERALS.length ? NUMERALS[n] : Integer.toString(n);
        return n >= 5 && n <= 6 ? numeral + "大洲" : numeral + "个大洲";
    }

    private static String zhKind(String kind) {
        return switch (kind) {
            case "sister" -> "国际友好城市";
            case "partner" -> "友好交流城市";
            case "intent" -> "结好意向";
            default -> "待核实的结好关系";
        };
    }
}
