package org.youcheng.web.partner;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.youcheng.network.PartnerMatching;
import org.youcheng.network.PartnerRequest;
import org.youcheng.registry.Places;
import org.youcheng.web.PageText;
import org.youcheng.web.PlaceLink;

/** A partner request as the pages show it: every criterion in words, "any" where it has none. */
@Component
record PartnerRequestViews(Places places, PageText text) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A request as a list or its page shows it. */
    record RequestView(
            long id,
            PlaceLink place,
            String countries,
            String regions,
            String level,
            String population,
            String themes,
            String text,
            String created) {}

    /** A candidate: rank, place, country, score and its parts (each with its reason), and notes. */
    record CandidateRow(
            int rank, PlaceLink place, String country, double score, List<Part> parts, List<String> notes) {}

    record Part(String name, double points, double max, String reason) {}

    /** The place whose requests a page lists. */
    PlaceLink place(long id, boolean zh) {
        return text.link(places.get(id), zh);
    }

    CandidateRow row(PartnerMatching.Match m, boolean zh) {
        return new CandidateRow(
                m.rank(),
                text.link(m.candidate(), zh),
                text.country(m.candidate().countryCode(), zh),
                m.score(),
                m.parts().stream()
                        .map(p -> new Part(p.name(), p.points(), p.max(), p.label(zh)))
                        .toList(),
                m.notes().stream().map(n -> n.label(zh)).toList());
    }

    RequestView view(PartnerRequest r, boolean zh) {
        String any = zh ? "不限" : "any";
        String population = r.populationMin() == null && r.populationMax() == null
                ? any
                : (r.populationMin() == null ? "" : String.format(Locale.ROOT, "%,d", r.populationMin())) + " – "
                        + (r.populationMax() == null ? "" : String.format(Locale.ROOT, "%,d", r.populationMax()));
        return new RequestView(
                r.id(),
                text.link(places.find(r.placeId()).orElseThrow(), zh),
                listed(r.countries().stream().sorted().map(c -> text.country(c, zh)), any, zh),
                listed(r.regions().stream().sorted().map(g -> g.label(zh)), any, zh),
                r.level() == null ? (zh ? "与本地相当" : "comparable") : r.level().label(zh),
                population,
                listed(r.themes().stream().sorted().map(t -> t.label(zh)), any, zh),
                r.text(),
                r.createdAt() == null ? null : WHEN.format(r.createdAt().atZone(ZoneId.systemDefault())));
    }

    /** The words of a criterion, or "any" when it names none. */
    private static String listed(Stream<String> words, String any, boolean zh) {
        List<String> all = words.toList();
        return all.isEmpty() ? any : String.join(zh ? "、" : ", ", all);
    }
}
