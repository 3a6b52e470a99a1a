package org.youcheng.web.mend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.FlaggedPlace;
import org.youcheng.registry.MergePlan;
import org.youcheng.registry.PlaceCard;
import org.youcheng.registry.PlaceFinder;
import org.youcheng.registry.PlaceMending;
import org.youcheng.registry.PlaceMerge;
import org.youcheng.web.Languages;
import org.youcheng.web.tie.FormErrors;

/**
 * Mending places as pages: the places flagged for review (or one place chosen from its page), each with forms to
 * rename it, add an alias, mark it reviewed, and pick the known place it really is; the merge is confirmed on a
 * page of its own that says what will move. Errors come back under their fields.
 */
@Controller
record PlaceMendPages(PlaceMending mending, PlaceMerge merge, PlaceFinder finder, MendViews views, FormErrors errors) {

    static final int PAGE = 100;
    /** The error fields as the forms name them. */
    private static final Map<String, String> FIELDS = Map.of("name_zh", "nameZh", "name_en", "nameEn");

    /** One place on the page, with the known places it may be. */
    record Entry(MendCard place, List<MendCard> lookalikes, List<String> names) {}

    @GetMapping("/places/review")
    String review(@RequestParam(name = "place", required = false) Long chosen, Locale locale, Model model) {
        boolean zh = Languages.chinese(locale);
        List<Entry> entries = new ArrayList<>();
        if (chosen != null) {
            PlaceCard c = mending.card(chosen);
            mending.requireMend(c.place());
            entries.add(entry(c, mending.lookalikes(c.place()), zh, locale));
        }
        PlaceMending.Flagged flagged = mending.flagged(PAGE);
        for (FlaggedPlace f : flagged.places()) {
            if (chosen == null || f.card().place().id() != chosen) {
                entries.add(entry(f.card(), f.lookalikes(), zh, locale));
            }
        }
        model.addAttribute("entries", entries);
        model.addAttribute("total", flagged.total());
        model.addAttribute("chosen", chosen);
        return "mend/review";
    }

    @PostMapping("/places/{id}/rename")
    String rename(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String nameZh,
            @RequestParam(required = false) String nameEn,
            Locale locale,
            RedirectAttributes redirect) {
        mend(id, "nameZh", () -> mending.rename(id, version, nameZh, nameEn), locale, redirect);
        return back(id);
    }

    @PostMapping("/places/{id}/aliases")
    String alias(
            @PathVariable long id,
            @RequestParam(required = false) String alias,
            Locale locale,
            RedirectAttributes redirect) {
        mend(id, "alias", () -> mending.addAlias(id, alias), locale, redirect);
        return back(id);
    }

    @PostMapping("/places/{id}/reviewed")
    String reviewed(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            Locale locale,
            RedirectAttributes redirect) {
        mend(id, "reviewed", () -> mending.markReviewed(id, version), locale, redirect);
        return "redirect:/places/review";
    }

    /** The confirmation: what merging this place into the one picked will move. */
    @GetMapping("/places/{id}/merge")
    String confirm(
            @PathVariable long id,
            @RequestParam(required = false) String into,
            @RequestParam(required = false) String other,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        boolean zh = Languages.chinese(locale);
        try {
            MergePlan plan = merge.plan(id, known(into, other));
            model.addAttribute(
                    "duplicate", views.card(mending.card(plan.duplicate().id()), zh, locale));
            model.addAttribute("known", views.card(mending.card(plan.known().id()), zh, locale));
            model.addAttribute(
                    "moves",
                    plan.ties().stream()
                            .map(t -> new MoveRow(
                                    t.tieId(),
                                    views.link(t.other(), zh),
                                    t.outcome().name().toLowerCase(Locale.ROOT),
                                    t.survivorId()))
                            .toList());
            model.addAttribute(
                    "references",
                    plan.references().entrySet().stream()
                            .filter(e -> e.getValue() > 0)
                            .toList());
            model.addAttribute("aliases", plan.names());
            return "mend/merge";
        } catch (ValidationException e) {
            problem(id, e.errors(), locale, redirect);
            return back(id);
        }
    }

    /** One tie on the confirmation page. */
    record MoveRow(long tieId, org.youcheng.web.PlaceLink other, String outcome, Long survivorId) {}

    @PostMapping("/places/{id}/merge")
    String merge(
            @PathVariable long id,
            @RequestParam(required = false) String into,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            MergePlan done = merge.merge(id, known(into, null));
            redirect.addFlashAttribute("merged", done.duplicate().name(Languages.chinese(locale)));
            redirect.addFlashAttribute("mergedTies", done.ties().size());
            return "redirect:/places/" + done.known().id();
        } catch (ValidationException e) {
            problem(id, e.errors(), locale, redirect);
            return back(id);
        }
    }

    /** The place picked: a code, id or name typed in {@code other}, else the look-alike chosen in {@code into}. */
    private Long known(String into, String other) {
        String typed = other != null && !other.isBlank() ? other : into;
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return finder.find(typed).id();
        } catch (NotFoundException e) {
            throw new ValidationException(List.of(new FieldError("into", typed, e.getMessage(), "unknown_place")));
        }
    }

    private Entry entry(PlaceCard c, List<PlaceCard> lookalikes, boolean zh, Locale locale) {
        return new Entry(
                views.card(c, zh, locale),
                lookalikes.stream().map(l -> views.card(l, zh, locale)).toList(),
                mending.names(c.place().id()));
    }

    /**
     * Makes one change to a place and says so on the page it goes back to; or puts its errors under their fields, a
     * version read before someone else changed the place under {@code staleField}.
     */
    private void mend(long id, String staleField, Runnable change, Locale locale, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("mended", id);
        } catch (ValidationException e) {
            problem(id, e.errors(), locale, redirect);
        } catch (ConflictException e) {
            problem(id, List.of(new FieldError(staleField, null, "stale", "place_changed")), locale, redirect);
        }
    }

    private void problem(long id, List<FieldError> fieldErrors, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("mendPlace", id);
        redirect.addFlashAttribute("mendErrors", errors.byField(fieldErrors, locale, FIELDS));
    }

    private static String back(long id) {
        return "redirect:/places/review?place=" + id + "#place-" + id;
    }
}
