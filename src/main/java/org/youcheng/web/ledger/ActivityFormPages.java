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
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.ledger.Activity;
import org.youcheng.ledger.ActivityField;
import org.youcheng.ledger.ActivityReader;
import org.youcheng.ledger.ActivityType;
import org.youcheng.ledger.AgreementType;
import org.youcheng.ledger.Direction;
import org.youcheng.ledger.EventKind;
import org.youcheng.ledger.LeaderLevel;
import org.youcheng.ledger.LedgerService;
import org.youcheng.ledger.Partner;
import org.youcheng.ledger.ProjectDomain;
import org.youcheng.ledger.ProjectStatus;
import org.youcheng.ledger.RecipientKind;
import org.youcheng.ledger.Term;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceRepository;
import org.youcheng.registry.TieRepository;
import org.youcheng.web.Languages;
import org.youcheng.web.PlaceLink;
import org.youcheng.web.tie.FormErrors;

/**
 * The form that records an activity of a Chinese place, an activity's own page, and its deletion. The ledger reads
 * and checks the form as it reads the API ({@link ActivityReader}, {@link LedgerService}); a bad form comes back
 * with each error under its field.
 */
@Controller
class ActivityFormPages {

    /** A choice of a select: its code and its label in the page's language. */
    record Choice(String code, String label) {
    }

    private final LedgerService ledger;
    private final PlaceRepository places;
    private final TieRepository ties;
    private final ActivityRows rows;
    private final FormErrors errors;

    ActivityFormPages(LedgerService ledger, PlaceRepository places, TieRepository ties, ActivityRows rows,
                      FormErrors errors) {
        this.ledger = ledger;
        this.places = places;
        this.ties = ties;
        this.rows = rows;
        this.errors = errors;
    }

    @GetMapping("/activities/new")
    String initCreationForm(@RequestParam long place, @RequestParam(required = false) Long tie,
                            @RequestParam(defaultValue = "delegation") String type, Locale locale, Model model) {
        Place p = places.find(place).orElseThrow(() -> new NotFoundException("no place with id " + place));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", type);
        values.put("tieId", tie == null ? "" : String.valueOf(tie));
        return form(model, p, values, tie == null ? List.of() : partnerOf(tie), Map.of(), locale);
    }

    @PostMapping("/activities")
    String processCreationForm(@RequestParam long placeId, @RequestParam MultiValueMap<String, String> params,
                               Locale locale, Model model, RedirectAttributes redirect) {
        Place p = places.find(placeId).orElseThrow(() -> new NotFoundException("no place with id " + placeId));
        Map<String, String> values = new LinkedHashMap<>(params.toSingleValueMap());
        List<Long> partnerIds = params.getOrDefault("partnerIds", List.of()).stream().filter(s -> s.matches("\\d+"))
                .map(Long::valueOf).toList();
        try {
            List<Partner> partners = new ArrayList<>(partnerIds.stream().map(Partner::place).toList());
            Arrays.stream(values.getOrDefault("organisations", "").split("[;；、\\n]")).map(String::strip)
                    .filter(s -> !s.isEmpty()).forEach(o -> partners.add(Partner.organisation(o)));
            Map<String, String> fields = new LinkedHashMap<>();
            for (ActivityField f : ActivityField.values()) {
                fields.put(f.code(), values.get(f.code()));
            }
            String tie = values.get("tieId");
            if (tie != null && !tie.isBlank() && !tie.strip().matches("\\d{1,18}")) {
                throw ValidationException.of("tieId", tie, "not a tie");
            }
            Activity a = ledger.create(ActivityReader.read(values.get("type"), placeId,
                    tie == null || tie.isBlank() ? null : Long.valueOf(tie), partners, fields));
            redirect.addFlashAttribute("savedActivity", a.id());
            return "redirect:/activities/" + a.id();
        } catch (ValidationException e) {
            // the form names its fields as the API does; an error of a foreign place goes under the partners
            return form(model, p, values, partnerIds, errors.byField(e.errors().stream().map(f -> f.field()
                    .startsWith("partners[") ? new FieldError("partners", f.value(), f.message(), f.code()) : f)
                    .toList(), locale, Map.of()), locale);
        }
    }

    @GetMapping("/activities/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Activity a = ledger.get(id);
        boolean zh = Languages.chinese(locale);
        model.addAttribute("activity", a);
        model.addAttribute("row", rows.row(a, locale));
        model.addAttribute("place", new PlaceLink(a.draft().placeId(), a.place().name(zh)));
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
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/places/" + a.draft().placeId() + "/ledger";
    }

    private List<Long> partnerOf(long tieId) {
        return ties.find(tieId).map(t -> List.of(t.partnerId())).orElse(List.of());
    }

    private String form(Model model, Place place, Map<String, String> values, List<Long> checked,
                        Map<String, String> fieldErrors, Locale locale) {
        boolean zh = Languages.chinese(locale);
        model.addAttribute("place", new PlaceLink(place.id(), place.name(zh)));
        model.addAttribute("values", values);
        model.addAttribute("errors", fieldErrors);
        model.addAttribute("checked", checked);
        model.addAttribute("partners", ties.viewsOf(List.of(place.id())).stream()
                .filter(v -> v.domestic().id() == place.id())
                .map(v -> new PlaceLink(v.partner().id(), v.partner().name(zh))).toList());
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

    private static <T extends Enum<T> & Term> List<Choice> choices(Class<T> type, boolean zh) {
        return Arrays.stream(type.getEnumConstants()).map(t -> new Choice(t.code(), zh ? t.zh() : t.en())).toList();
    }

}
