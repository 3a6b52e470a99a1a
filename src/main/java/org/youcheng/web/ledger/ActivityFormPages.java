package org.youcheng.web.ledger;

import java.util.ArrayList;
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
import org.youcheng.web.Choice;
import org.youcheng.web.Languages;
import org.youcheng.web.PlaceLink;
import org.youcheng.web.tie.FormErrors;

/**
 * The form that records or changes an activity of a Chinese place (its own page and its deletion are
 * {@link ActivityPages}'). The ledger reads and checks the form as it reads the API ({@link ActivityReader},
 * {@link Ledger}); a bad form comes back with each error under its field, a stale one (changed by someone
 * else meanwhile) with a message.
 */
@Controller
record ActivityFormPages(Ledger ledger, Places places, Ties ties, FormErrors errors) {

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
        model.addAttribute("types", Choice.of(ActivityType.values(), Term::code, zh));
        model.addAttribute("directions", Choice.of(Direction.values(), Term::code, zh));
        model.addAttribute("levels", Choice.of(LeaderLevel.values(), Term::code, zh));
        model.addAttribute("eventKinds", Choice.of(EventKind.values(), Term::code, zh));
        model.addAttribute("agreementTypes", Choice.of(AgreementType.values(), Term::code, zh));
        model.addAttribute("domains", Choice.of(ProjectDomain.values(), Term::code, zh));
        model.addAttribute("statuses", Choice.of(ProjectStatus.values(), Term::code, zh));
        model.addAttribute("recipientKinds", Choice.of(RecipientKind.values(), Term::code, zh));
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
}
