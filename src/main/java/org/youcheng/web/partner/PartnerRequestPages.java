package org.youcheng.web.partner;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
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
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.network.PartnerMatching;
import org.youcheng.network.PartnerRequest;
import org.youcheng.network.PartnerRequestService;
import org.youcheng.network.Theme;
import org.youcheng.registry.Level;
import org.youcheng.registry.Region;
import org.youcheng.security.Permissions;
import org.youcheng.web.Choice;
import org.youcheng.web.Languages;
import org.youcheng.web.tie.FormErrors;

/**
 * 寻找友城 as pages: a place's requests with the form to publish one (for those who may change the place), one
 * request with its candidates (each score in its named parts, with the reasons), and withdrawing it. The checks,
 * the scope and the audit are {@link PartnerRequestService}'s, the ranking {@link PartnerMatching}'s, as for the API.
 */
@Controller
record PartnerRequestPages(
        PartnerRequestService requests, PartnerRequestViews views, Permissions permissions, FormErrors errors) {

    static final int CANDIDATES = 20;

    @GetMapping("/places/{id}/partner-requests")
    String list(@PathVariable long id, Locale locale, Model model) {
        return page(id, PartnerRequestForm.EMPTY, Map.of(), locale, model);
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
        PartnerRequestForm typed =
                new PartnerRequestForm(countries, regions, level, populationMin, populationMax, themes, text);
        List<FieldError> bad = typed.badNumbers();
        try {
            if (!bad.isEmpty()) {
                permissions.requireChange(id); // the scope before the fields, as the service has it
                throw new ValidationException(bad);
            }
            PartnerRequest made = requests.create(typed.draft(id));
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
        model.addAttribute("request", views.view(r, zh));
        model.addAttribute("considered", result.considered());
        model.addAttribute(
                "candidates",
                result.matches().stream().map(m -> views.row(m, zh)).toList());
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

    private String page(
            long id, PartnerRequestForm typed, Map<String, String> fieldErrors, Locale locale, Model model) {
        boolean zh = Languages.chinese(locale);
        model.addAttribute("place", views.place(id, zh));
        model.addAttribute(
                "requests",
                requests.list(id).stream().map(r -> views.view(r, zh)).toList());
        model.addAttribute("mayChange", mayChange(id));
        model.addAttribute("typed", typed);
        model.addAttribute("formErrors", fieldErrors);
        model.addAttribute("regionChoices", Choice.of(Region.values(), Region::code, zh));
        model.addAttribute("levelChoices", Choice.of(Level.values(), Level::code, zh));
        model.addAttribute("themeChoices", Choice.of(Theme.values(), Theme::code, zh));
        return "partner/requests";
    }

    /** Whether to offer the forms: the service's own rule, asked without acting. */
    private boolean mayChange(long placeId) {
        return permissions.mayChange(placeId);
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
}
