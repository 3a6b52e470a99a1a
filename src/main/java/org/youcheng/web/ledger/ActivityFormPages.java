package org.youcheng.web.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.ledger.Activity;
import org.youcheng.ledger.ActivityReader;
import org.youcheng.ledger.ActivityType;
import org.youcheng.ledger.AgreementType;
import org.youcheng.ledger.Direction;
import org.youcheng.ledger.EventKind;
import org.youcheng.ledger.LeaderLevel;
import org.youcheng.ledger.Ledger;
import org.youcheng.ledger.ProjectDomain;
import org.youcheng.ledger.ProjectStatus;
import org.youcheng.ledger.RecipientKind;
import org.youcheng.ledger.Term;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.registry.Ties;
import org.youcheng.web.Languages;
import org.youcheng.web.PlaceLink;
import org.youcheng.web.tie.FormErrors;

/**
 * The form that records or changes an activity of a Chinese place, an activity's own page, and its deletion. The
 * ledger reads and checks the form as it reads the API ({@link ActivityReader}, {@link Ledger}); a bad form
 * comes back with each error under its field, a stale one (changed by someone else meanwhile) with a message.
 */
@Controller
class ActivityFormPages {

    /** A choice of a select: its code and its label in the page's language. */
    record Choice(String code, String label) {}

    private final Ledger ledger;
    private final Places places;
    private final Ties ties;
    private final ActivityRows rows;
    private final FormErrors errors;
    private final FileLimit fileLimit;

    ActivityFormPages(
            Ledger ledger, Places places, Ties ties, ActivityRows rows, FormErrors errors, FileLimit fileLimit) {
        this.ledger = ledger;
        this.places = places;
        this.ties = ties;
        this.rows = rows;
        this.errors = errors;
        this.fileLimit = fileLimit;
    }

    @GetMapping("/activities/new")
    String initCreationForm(
            @RequestParam long place,
            @RequestParam(required = false) Long tie,
            @RequestParam(defaultValue = "delegation") String type,
            Locale locale,
            Model model) {
        Place p = place(place);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", type);
        values.put("tieId", tie == null ? "" : String.valueOf(tie));
        return form(
                model,
                p,
                null,
                new ActivityForm(values, tie == null ? List.of() : partnerOf(tie)),
                Map.of(),
                null,
                locale);
    }

    @PostMapping("/activities")
    String processCreationForm(
            @RequestParam long placeId,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Place p = place(placeId);
        ledger.requireChangeOfPlace(placeId); // before the form is read, as for a change
        ActivityForm form = ActivityForm.of(params);
        try {
            Activity a = ledger.create(form.draft(placeId, tie(form)));
            redirect.addFlashAttribute("savedActivity", a.id());
            return "redirect:/activities/" + a.id();
        } catch (ValidationException e) {
            return form(model, p, null, form, fieldErrors(e, locale), null, locale);
        }
    }

    @GetMapping("/activities/{id}/edit")
    String initUpdateForm(@PathVariable long id, Locale locale, Model model) {
        Activity a = ledger.get(id);
        ledger.requireChange(id);
        return form(model, place(a.draft().placeId()), id, ActivityForm.of(a), Map.of(), null, locale);
    }

    /** Saves the form over the activity at the version it was read at; the Chinese side stays the activity's. */
    @PostMapping("/activities/{id}")
    String processUpdateForm(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Activity current = ledger.get(id);
        ledger.requireChange(id); // before the form is read: an account that may not change it learns nothing
        long placeId = current.draft().placeId();
        ActivityForm form = ActivityForm.of(params);
        try {
            ledger.update(id, version, form.draft(placeId, tie(form)));
        } catch (ValidationException e) {
            return form(model, place(placeId), id, form, fieldErrors(e, locale), null, locale);
        } catch (ConflictException e) {
            return form(
                    model,
                    place(placeId),
                    id,
                    form,
                    Map.of(),
                    errors.message("error.conflict_activity_edit", locale),
                    locale);
        }
        redirect.addFlashAttribute("savedActivity", id);
        return "redirect:/activities/" + id;
    }

    @GetMapping("/activities/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Activity a = ledger.get(id);
        boolean zh = Languages.chinese(locale);
        model.addAttribute("activity", a);
        model.addAttribute("row", rows.row(a, locale));
        model.addAttribute("place", new PlaceLink(a.draft().placeId(), a.place().name(zh)));
        model.addAttribute("maxFileMb", fileLimit.megabytes());
        return "ledger/activity";
    }

    @PostMapping("/activities/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, Locale locale, RedirectAttributes redirect) {
        Activity a = ledger.get(id);
        try {
            ledger.delete(id, version);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", errors.message("error.conflict_activity", locale));
            return "redirect:/activities/" + id;
        }
        redirect.addFlashAttribute("deletedActivity", true);
        return "redirect:/places/" + a.draft().placeId() + "/ledger";
    }

    private Place place(long id) {
        return places.get(id);
    }

    private List<Long> partnerOf(long tieId) {
        return ties.find(tieId).map(t -> List.of(t.partnerId())).orElse(List.of());
    }

    /**
     * The tie the form carries, unless foreign places are ticked and its partner is not among them (the form was
     * opened from a tie, or the activity was on one, and the foreign side changed since): the ledger then puts the
     * activity on the tie of the places ticked.
     */
    private Long tie(ActivityForm form) {
        Long tie = form.tieId();
        if (tie == null || form.partnerIds().isEmpty()) {
            return tie;
        }
        return ties.find(tie)
                        .filter(t -> !form.partnerIds().contains(t.partnerId()))
                        .isPresent()
                ? null
                : tie;
    }

    /** The form names its fields as the API does; an error of one foreign place goes under the partners. */
    private Map<String, String> fieldErrors(ValidationException e, Locale locale) {
        return errors.byField(
                e.errors().stream()
                        .map(f -> f.field().startsWith("partners[")
                                ? new FieldError("partners", f.value(), f.message(), f.code())
                                : f)
                        .toList(),
                locale,
                Map.of());
    }

    /**
     * @param activityId the activity edited, null for a new one
     * @param problem    a message about the whole form (someone else changed the activity), or null
     */
    private String form(
            Model model,
            Place place,
            Long activityId,
            ActivityForm form,
            Map<String, String> fieldErrors,
            String problem,
            Locale locale) {
        boolean zh = Languages.chinese(locale);
        model.addAttribute("place", new PlaceLink(place.id(), place.name(zh)));
        model.addAttribute("activityId", activityId);
        model.addAttribute("values", form.values());
        model.addAttribute("errors", fieldErrors);
        model.addAttribute("problem", problem);
        model.addAttribute("checked", form.partnerIds());
        model.addAttribute("partners", partners(place, form.partnerIds(), zh));
        model.addAttribute("types", choices(ActivityType.class, zh));
        model.addAttribute("directions", choices(Direction.class, zh));
        model.addAttribute("levels", choices(LeaderLevel.class, zh));
        model.addAttribute("eventKinds", choices(EventKind.class, zh));
        model.addAttribute("agreementTypes", choices(AgreementType.class, zh));
        model.addAttribute("domains", choices(ProjectDomain.class, zh));
        model.addAttribute("statuses", choices(ProjectStatus.class, zh));
        model.addAttribute("recipientKinds", choices(RecipientKind.class, zh));
        return "ledger/form";
    }

    /**
     * The foreign places one may tick: the partners of the place's ties, and any other place already ticked (an
     * activity recorded through the API may name a place without a tie; unlisted, it would be lost on saving).
     */
    private List<PlaceLink> partners(Place place, List<Long> checked, boolean zh) {
        List<PlaceLink> out = new ArrayList<>(ties.viewsOf(List.of(place.id())).stream()
                .filter(v -> v.domestic().id() == place.id())
                .map(v -> new PlaceLink(v.partner().id(), v.partner().name(zh)))
                .toList());
        checked.stream()
                .filter(id -> out.stream().noneMatch(l -> l.id() == id))
                .distinct()
                .forEach(id -> places.find(id).ifPresent(p -> out.add(new PlaceLink(p.id(), p.name(zh)))));
        return out;
    }

    private static <T extends Enum<T> & Term> List<Choice> choices(Class<T> type, boolean zh) {
        return Arrays.stream(type.getEnumConstants())
                .map(t -> new Choice(t.code(), t.label(zh)))
                .toList();
    }
}
