package org.youcheng.web;

import org.youcheng.registry.TieService;
import org.youcheng.registry.Warning;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Country;
import org.youcheng.registry.CountryRepository;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceRepository;
import org.youcheng.registry.Summary;
import org.youcheng.registry.SummaryService;
import org.youcheng.registry.TieRepository;
import org.youcheng.registry.TieView;

/** Turns registry data into the view records the pages show, in Chinese or in English. */
@Component
class RegistryViews {

    static final int MAX_HITS = 20;
    static final int MAX_QUERY = 100;

    private final PlaceRepository places;
    private final TieRepository ties;
    private final CountryRepository countries;
    private final SummaryService summaries;
    private final TieService tieService;

    RegistryViews(PlaceRepository places, TieRepository ties, CountryRepository countries,
                  SummaryService summaries, TieService tieService) {
        this.tieService = tieService;
        this.places = places;
        this.ties = ties;
        this.countries = countries;
        this.summaries = summaries;
    }

    SearchPage search(String text, Locale locale) {
        String q = text == null ? "" : text.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        if (q.isEmpty()) {
            return new SearchPage("", List.of());
        }
        boolean zh = Languages.chinese(locale);
        Map<Long, PlaceLink> parents = new HashMap<>();
        List<SearchPage.Hit> hits = places.search(q, MAX_HITS).stream().map(h -> {
            Place p = h.place();
            return new SearchPage.Hit(p.id(), p.name(zh), altName(p, zh), level(p, zh), country(p.countryCode(), zh),
                    parent(p, zh, parents), h.ties());
        }).toList();
        return new SearchPage(q, hits);
    }

    PlacePage place(long id, Locale locale) {
        boolean zh = Languages.chinese(locale);
        Place p = places.find(id).orElseThrow(() -> new NotFoundException("no place with id " + id));
        Summary summary = summaries.summary(id);
        List<PlacePage.TieRow> rows = ties.viewsOf(List.of(id)).stream()
                .sorted(Comparator.comparing((TieView v) -> v.tie().signed(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(v -> v.other(id).name(zh), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(v -> v.tie().id()))
                .map(v -> tieRow(v, id, zh)).toList();
        return new PlacePage(p.id(), p.name(zh), altName(p, zh), level(p, zh), country(p.countryCode(), zh),
                parent(p, zh, new HashMap<>()), figures(summary.counts()),
                summary.subordinatePlaces() > 0 ? figures(summary.includingSubordinates()) : null,
                summary.subordinatePlaces(), rows);
    }

    private PlacePage.TieRow tieRow(TieView v, long placeId, boolean zh) {
        Place other = v.other(placeId);
        var tie = v.tie();
        return new PlacePage.TieRow(tie.id(), zh ? tie.kind().zh() : tie.kind().en(), tie.kind().code(),
                new PlaceLink(other.id(), other.name(zh)), country(other.countryCode(), zh), date(tie.signed(), zh),
                zh ? tie.status().zh() : tie.status().en(), tie.status().code(),
                tieService.warnings(v).stream().map(Warning::code).toList());
    }

    private static PlacePage.Figures figures(Summary.Counts c) {
        return new PlacePage.Figures(c.sister(), c.partner(), c.intent(), c.total(), c.countries(), c.continents());
    }

    /** 1974年2月 in Chinese, 1974-02 in English, at the precision the date is known to. */
    static String date(PartialDate d, boolean zh) {
        if (d == null) {
            return null;
        }
        return zh ? d.toChinese() : d.toString();
    }

    /** The name in the other script, when it adds something. */
    private static String altName(Place p, boolean zh) {
        String alt;
        if (zh) {
            alt = p.nameEn() != null ? p.nameEn() : p.pinyin();
        } else {
            alt = p.nameZh();
        }
        return alt == null || alt.isBlank() || Objects.equals(alt, p.name(zh)) ? null : alt;
    }

    private static String level(Place p, boolean zh) {
        return zh ? p.level().zh() : p.level().en();
    }

    private String country(String code, boolean zh) {
        Country c = countries.get(code);
        if (c == null) {
            return code;
        }
        String name = c.name(zh);
        return name != null ? name : c.name(!zh);
    }

    private PlaceLink parent(Place p, boolean zh, Map<Long, PlaceLink> known) {
        if (p.parentId() == null) {
            return null;
        }
        return known.computeIfAbsent(p.parentId(), pid -> places.find(pid)
                .map(parent -> new PlaceLink(parent.id(), parent.name(zh))).orElse(null));
    }
}
