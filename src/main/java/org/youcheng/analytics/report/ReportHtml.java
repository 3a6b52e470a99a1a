package org.youcheng.analytics.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.youcheng.analytics.FriendshipProfile;
import org.youcheng.analytics.RegionLayout;
import org.youcheng.analytics.TieLine;
import org.youcheng.analytics.YearReport;
import org.youcheng.registry.Continent;
import org.youcheng.registry.Region;
import org.youcheng.registry.Summary;

/** A year-end report as one HTML document (templates/report/report.html), its charts and map inlined as PNG. */
@Component
class ReportHtml {

    /** Openings of a region listed in the table; the JSON has them all. */
    static final int OPENINGS = 6;

    private final ITemplateEngine templates;
    private final Charts charts;
    private final PartnerMap map;

    private final MessageSource messages;

    ReportHtml(ITemplateEngine templates, ReportFont font, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
        this.charts = new Charts(font);
        this.map = new PartnerMap(charts);
    }

    /** A label and a count. */
    record Row(String label, int value) {}

    /** A tie of the roster and the place of ours that holds it (本级 for the place itself). */
    record RosterTie(TieLine line, String holder) {}

    /** The roster of one continent. */
    record RosterGroup(String label, List<RosterTie> ties) {}

    String render(YearReport r, Locale locale) {
        boolean zh = !"en".equals(locale.getLanguage());
        FriendshipProfile p = r.profile();
        Map<String, Object> vars = new HashMap<>();
        vars.put("r", r);
        vars.put("p", p);
        vars.put("zh", zh);
        vars.put(
                "name",
                zh
                        ? p.place().nameZh()
                        : p.place().nameEn() != null
                                ? p.place().nameEn()
                                : p.place().nameZh());
        List<Row> continents = new ArrayList<>();
        for (Continent c : Continent.values()) {
            int n = p.counts().byContinent().getOrDefault(c.code(), 0);
            if (n > 0) {
                continents.add(new Row(c.label(zh), n));
            }
        }
        List<Row> regions = new ArrayList<>();
        for (Region g : Region.values()) {
            int n = p.counts().byRegion().getOrDefault(g.code(), 0);
            if (n > 0) {
                regions.add(new Row(g.label(zh), n));
            }
        }
        regions.sort(Comparator.comparingInt(Row::value).reversed());
        vars.put("regions", regions);
        Map<String, String> openings = new LinkedHashMap<>();
        for (RegionLayout l : p.layout()) {
            openings.put(
                    l.region(),
                    l.openings().stream()
                            .limit(OPENINGS)
                            .map(o -> (zh ? o.countryZh() : o.countryEn()) + " " + o.peers())
                            .collect(Collectors.joining(zh ? "、" : ", ")));
        }
        vars.put("openings", openings);
        vars.put(
                "continentPng",
                continents.isEmpty()
                        ? null
                        : dataUri(charts.bars(
                                continents.stream().map(Row::label).toList(),
                                continents.stream().map(Row::value).toList())));
        // the partners over time; intents are not partners, and a chart of no dated tie would be an empty frame
        List<Integer> total = new ArrayList<>();
        for (int i = 0; i < p.growth().years().size(); i++) {
            total.add(p.growth().sister().get(i)
                    + p.growth().partner().get(i)
                    + p.growth().unverified().get(i));
        }
        vars.put(
                "growthPng",
                total.stream().allMatch(v -> v == 0)
                        ? null
                        : dataUri(charts.line(p.growth().years(), total)));
        vars.put("roster", roster(r, zh));
        vars.put("noData", r.rank() == null ? "" : noData(r, zh, locale));
        vars.put("mapPng", dataUri(map.draw(r, r.ties())));
        List<Row> domains = new ArrayList<>();
        r.activities().projects().byDomain().forEach((d, n) -> {
            if (n > 0) {
                domains.add(new Row(d.label(zh), n));
            }
        });
        vars.put(
                "domainPng",
                dataUri(charts.bars(
                        domains.stream().map(Row::label).toList(),
                        domains.stream().map(Row::value).toList())));
        return templates.process("report/report", new Context(locale, vars));
    }

    /** The standing ties by continent, in the order of {@link Continent}, each as the report lists them. */
    private static List<RosterGroup> roster(YearReport r, boolean zh) {
        List<RosterGroup> out = new ArrayList<>();
        long self = r.profile().place().id();
        for (Continent c : Continent.values()) {
            List<RosterTie> ties = r.ties().stream()
                    .filter(t -> c.code().equals(t.continent()))
                    .map(t -> new RosterTie(t, holder(r, t.holder(), self, zh)))
                    .toList();
            if (!ties.isEmpty()) {
                out.add(new RosterGroup(c.label(zh), ties));
            }
        }
        List<RosterTie> unknown = r.ties().stream()
                .filter(t -> t.continent() == null)
                .map(t -> new RosterTie(t, holder(r, t.holder(), self, zh)))
                .toList();
        if (!unknown.isEmpty()) {
            out.add(new RosterGroup(zh ? "其他" : "Other", unknown));
        }
        return out;
    }

    private static String holder(YearReport r, long holder, long self, boolean zh) {
        if (holder == self) {
            return zh ? "本级" : "own level";
        }
        Summary.PlaceRef h = r.holders().get(holder);
        return h == null ? "" : zh || h.nameEn() == null ? h.nameZh() : h.nameEn();
    }

    private String noData(YearReport r, boolean zh, Locale locale) {
        return r.rankNoData().stream()
                .map(d -> messages.getMessage("report.dim." + d, null, locale))
                .collect(Collectors.joining(zh ? "、" : ", "));
    }

    private static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
