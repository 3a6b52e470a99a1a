package org.youcheng.web.partner;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.network.PartnerMatching;
import org.youcheng.network.PartnerRequest;
import org.youcheng.network.PartnerRequestService;
import org.youcheng.network.ScorePart;
import org.youcheng.network.Theme;
import org.youcheng.registry.Level;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.registry.Region;
import org.youcheng.security.Permissions;
import org.youcheng.web.Languages;
import org.youcheng.web.PageText;
import org.youcheng.web.PlaceLink;
import org.youcheng.web.tie.FormErrors;

/**
 * 寻找友城 as pages: a place's requests with the form to publish one (for those who may change the place), one
 * request with its candidates (each score in its named parts, with the reasons), and withdrawing it. The checks,
 * the scope and the audit are {@link PartnerRequestService}'s, the ranking {@link PartnerMatching}'s, as for the API.
 */
@Controller
class PartnerRequestPages {

    static final int CANDIDATES = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Separates country codes as one types them. */
    private static final String SEPARATORS = "[\\s,，、;；]+";

    private final PartnerRequestService requests;
    private final Places places;
    private final Permissions permissions;
    private final PageText text;
    private final FormErrors errors;

    PartnerRequestPages(
            PartnerRequestService requests, Places places, Permissions permissions, PageText text, FormErrors errors) {
        this.requests = requests;
        this.places = places;
        this.permissions = permissions;
        this.text = text;
        this.errors = errors;
    }

    /** A choice of the form: code and words. */
    record Choice(String code, String label) {}

    /** A request as a list or its page shows it, every criterion in words ("any" where it has none). */
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

    /** What the form holds, as typed, to show again next to its errors. */
    record Typed(
            String countries,
            List<String> regions,
            String level,
            String populationMin,
            String populationMax,
            List<String> themes,
            String text) {

        static final Typed EMPTY = new Typed("", List.of(), "", "", "", List.of(), "");
    }

    @GetMapping("/places/{id}/partner-requests")
    String list(@PathVariable long id, Locale locale, Model model) {
        return page(id, Typed.EMPTY, Map.of(), locale, model);
    }

    @PostMapping("/places/{id}/partner-requests")
    String publish(
            @PathVariable long id,
            @RequestParam(required = false) String countries,
            @RequestParam(required = false) List<String> regions,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String populationMin,
            @RequestParam(required = false) String populationMax,
            @RequestParam(required = false) List<String> themes,
            @RequestParam(required = false) String text,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Typed typed = new Typed(
                countries,
                regions == null ? List.of() : regions,
                level,
                populationMin,
                populationMax,
                themes == null ? List.of() : themes,
                text);
        List<FieldError> bad = new ArrayList<>();
        Long min = number("population_min", populationMin, bad);
        Long max = number("population_max", populationMax, bad);
        try {
            if (!bad.isEmpty()) {
                permissions.requireChange(id); // the scope before the fields, as the service has it
                throw new ValidationException(bad);
            }
            PartnerRequest made = requests.create(new PartnerRequestService.Draft(
                    id, codes(countries), typed.regions(), level, min, max, typed.themes(), text));
            redirect.addFlashAttribute("published", made.id());
            return "redirect:/partner-requests/" + made.id();
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, typed, byField(e.errors(), locale), locale, model);
        }
    }

    @GetMapping("/partner-requests/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        boolean zh = Languages.chinese(locale);
        PartnerRequest r = requests.get(id);
        PartnerMatching.Result result = requests.candidates(r, CANDIDATES);
        model.addAttribute("request", view(r, zh));
        model.addAttribute("considered", result.considered());
        model.addAttribute(
                "candidates",
                result.matches().stream()
                        .map(m -> new CandidateRow(
                                m.rank(),
                                text.link(m.candidate(), zh),
                                text.country(m.candidate().countryCode(), zh),
                                m.score(),
                                parts(m.parts(), zh),
                                m.notes().stream().map(n -> n.label(zh)).toList()))
                        .toList());
        model.addAttribute(
                "caveats", result.caveats().stream().map(n -> n.label(zh)).toList());
        model.addAttribute("mayChange", mayChange(r.placeId()));
        return "partner/request";
    }

    @PostMapping("/partner-requests/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        PartnerRequest r = requests.get(id);
        requests.delete(id);
        redirect.addFlashAttribute("withdrawn", id);
        return "redirect:/places/" + r.placeId() + "/partner-requests";
    }

    private String page(long id, Typed typed, Map<String, String> fieldErrors, Locale locale, Model model) {
        boolean zh = Languages.chinese(locale);
        Place place = places.get(id);
        model.addAttribute("place", text.link(place, zh));
        model.addAttribute(
                "requests", requests.list(id).stream().map(r -> view(r, zh)).toList());
        model.addAttribute("mayChange", mayChange(id));
        model.addAttribute("typed", typed);
        model.addAttribute("formErrors", fieldErrors);
        model.addAttribute(
                "regionChoices",
                Arrays.stream(Region.values())
                        .map(r -> new Choice(r.code(), r.label(zh)))
                        .toList());
        model.addAttribute(
                "levelChoices",
                Arrays.stream(Level.values())
                        .map(l -> new Choice(l.code(), l.label(zh)))
                        .toList());
        model.addAttribute(
                "themeChoices",
                Arrays.stream(Theme.values())
                        .map(t -> new Choice(t.code(), t.label(zh)))
                        .toList());
        return "partner/requests";
    }

    /** Whether to offer the forms: the service's own rule, asked without acting. */
    private boolean mayChange(long placeId) {
        try {
            permissions.requireChange(placeId);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private RequestView view(PartnerRequest r, boolean zh) {
        String any = zh ? "不限" : "any";
        String sep = zh ? "、" : ", ";
        String population = r.populationMin() == null && r.populationMax() == null
                ? any
                : (r.populationMin() == null ? "" : String.format(Locale.ROOT, "%,d", r.populationMin())) + " – "
                        + (r.populationMax() == null ? "" : String.format(Locale.ROOT, "%,d", r.populationMax()));
        return new RequestView(
                r.id(),
                text.link(places.find(r.placeId()).orElseThrow(), zh),
                r.countries().isEmpty()
                        ? any
                        : String.join(
                                sep,
                                r.countries().stream()
                                        .sorted()
                                        .map(c -> text.country(c, zh))
                                        .toList()),
                r.regions().isEmpty()
                        ? any
                        : String.join(
                                sep,
                                r.regions().stream()
                                        .sorted()
                                        .map(g -> g.label(zh))
                                        .toList()),
                r.level() == null ? (zh ? "与本地相当" : "comparable") : r.level().label(zh),
                population,
                r.themes().isEmpty()
                        ? any
                        : String.join(
                                sep,
                                r.themes().stream()
                                        .sorted()
                                        .map(t -> t.label(zh))
                                        .toList()),
                r.text(),
                r.createdAt() == null ? null : WHEN.format(r.createdAt().atZone(ZoneId.systemDefault())));
    }

    private static List<Part> parts(List<ScorePart> parts, boolean zh) {
        return parts.stream()
                .map(p -> new Part(p.name(), p.points(), p.max(), p.label(zh)))
                .toList();
    }

    /** The service's errors carry no code: each field has its own sentence, naming the value. */
    private Map<String, String> byField(List<FieldError> fieldErrors, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldError e : fieldErrors) {
            String field = e.field().replace("_", "-");
            String words = errors.message(
                    "partner.error." + field, locale, e.value() == null ? "" : String.valueOf(e.value()));
            out.merge(field, words, (a, b) -> a + " " + b);
        }
        return out;
    }

    private static Long number(String field, String typed, List<FieldError> bad) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String s = typed.strip().replace(",", "").replace("，", "");
        if (!s.matches("\\d{1,15}")) {
            bad.add(new FieldError(field, typed, "a whole number of people"));
            return null;
        }
        return Long.valueOf(s);
    }

    private static List<String> codes(String typed) {
        return typed == null || typed.isBlank()
                ? List.of()
                : Arrays.stream(typed.strip().split(SEPARATORS))
                        .filter(s -> !s.isBlank())
                        .toList();
    }
}
