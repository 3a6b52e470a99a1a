package org.youcheng.web.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.youcheng.ledger.Dormancy;
import org.youcheng.ledger.Ledger;
import org.youcheng.ledger.TieHealth;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.web.Languages;

/**
 * The ledger in the pages: a place's ledger (figures for a period, dormant ties, timeline), and the sections the
 * place page and the tie page load into themselves (htmx), each also a link that works without scripts.
 */
@Controller
record LedgerPages(Ledger ledger, Places places, ActivityRows rows, Clock clock) {

    /** A dormant tie as the place page lists it. */
    record DormantTie(long tieId, String partner, String lastActivity, String signedOn) {}

    /** The dormant ties, or none because the place keeps no ledger yet ({@code ledgerKept} false). */
    record DormantList(boolean ledgerKept, List<DormantTie> ties) {}

    @GetMapping("/places/{id}/ledger")
    String place(
            @PathVariable long id,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "false") boolean all,
            Locale locale,
            Model model) {
        Place place = places.get(id);
        int year = LocalDate.now(clock).getYear();
        LocalDate f = date(from, LocalDate.of(year, 1, 1));
        LocalDate t = date(to, LocalDate.of(year, 12, 31));
        if (f.isAfter(t)) {
            LocalDate swap = f;
            f = t;
            t = swap;
        }
        boolean zh = Languages.chinese(locale);
        model.addAttribute("place", place);
        model.addAttribute("placeName", place.name(zh));
        model.addAttribute("from", f.toString());
        model.addAttribute("to", t.toString());
        model.addAttribute("all", all);
        model.addAttribute("figures", ledger.figures(id, f, t, all));
        model.addAttribute("zh", zh);
        model.addAttribute(
                "rows",
                ledger.timeline(id, f, t, all, 1000).stream()
                        .map(a -> rows.row(a, locale))
                        .toList());
        model.addAttribute("dormant", dormant(id, all, zh));
        model.addAttribute("dormantYears", ledger.dormantAfterYears());
        return "ledger/place";
    }

    /** The section of the place page: dormant ties and the last activities. */
    @GetMapping("/places/{id}/ledger/section")
    String placeSection(@PathVariable long id, Locale locale, Model model) {
        Place place = places.get(id);
        boolean zh = Languages.chinese(locale);
        model.addAttribute("place", place);
        model.addAttribute("dormant", dormant(id, false, zh));
        model.addAttribute("dormantYears", ledger.dormantAfterYears());
        model.addAttribute(
                "rows",
                ledger.timeline(id, null, null, false, 10).stream()
                        .map(a -> rows.row(a, locale))
                        .toList());
        return "ledger/sections :: place";
    }

    /** The section of the tie page: its health and its timeline. */
    @GetMapping("/ties/{id}/ledger")
    String tieSection(
            @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        model.addAttribute("tieId", id);
        model.addAttribute(
                "rows",
                ledger.timelineOfTie(id).stream().map(a -> rows.row(a, locale)).toList());
        TieHealth h = ledger.healthOfTie(id).orElse(null);
        model.addAttribute("health", h);
        model.addAttribute("placeId", h == null ? null : h.domesticId());
        model.addAttribute("dormantYears", ledger.dormantAfterYears());
        // the link behind the section, followed without scripts, opens it as a page in the frame
        return "true".equals(htmx) ? "ledger/sections :: tie" : "ledger/tie";
    }

    private DormantList dormant(long placeId, boolean all, boolean zh) {
        Dormancy d = ledger.dormancy(placeId, all);
        return new DormantList(
                d.ledgerKept(),
                d.dormant().stream()
                        .map(h -> new DormantTie(
                                h.tieId(),
                                h.partner().name(zh),
                                h.lastActivity() == null
                                        ? null
                                        : h.lastActivity().toString(),
                                h.signedOn() == null ? null : h.signedOn().toString()))
                        .toList());
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
