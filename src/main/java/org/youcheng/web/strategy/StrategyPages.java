package org.youcheng.web.strategy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.youcheng.analytics.FriendshipProfileService;
import org.youcheng.analytics.RegionLayout;
import org.youcheng.analytics.Strategy;
import org.youcheng.analytics.Verb;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.registry.Region;
import org.youcheng.web.Choice;
import org.youcheng.web.Languages;
import org.youcheng.web.tie.FormErrors;

/**
 * A place's strategy layout (regions, verbs, targets) as a form, for those who may change the place. While one types,
 * the gap of each region (its target against the ties standing now) comes back by htmx from the same computation the
 * profile and the year-end report use; saving goes through {@link FriendshipProfileService#saveStrategy}, as the
 * command line's {@code strategy NAME --set FILE} does, and is audited there.
 */
@Controller
record StrategyPages(
        FriendshipProfileService profiles, Places places, FormErrors errors, ObjectMapper json, Clock clock) {

    /** Empty rows offered below the regions of the plan, to add to it. */
    static final int SPARE_ROWS = 3;

    /** An error of the form: its row (counted from 1; 0 for the form as a whole), the field, the words. */
    record RowProblem(int row, String field, String text) {}

    /** One region of the gap table. */
    record GapRow(String region, String verb, int now, Integer target, Integer gap, int newTies) {}

    @GetMapping("/places/{id}/strategy")
    String form(@PathVariable long id, Locale locale, Model model) {
        profiles.requireStrategyChange(id);
        Strategy current = profiles.strategy(id);
        List<StrategyForm.Row> rows = new ArrayList<>(current.aims().stream()
                .map(a -> new StrategyForm.Row(
                        a.region().code(),
                        a.verb().code(),
                        a.target() == null ? "" : a.target().toString()))
                .toList());
        while (rows.size() < Math.min(StrategyForm.MAX_ROWS, current.aims().size() + SPARE_ROWS)) {
            rows.add(new StrategyForm.Row("", "", ""));
        }
        return page(id, rows, current, List.of(), locale, model);
    }

    /** The gap table for the rows as typed (htmx), or the rows' errors; nothing is saved. */
    @PostMapping("/places/{id}/strategy/gap")
    String gap(@PathVariable long id, HttpServletRequest request, Locale locale, Model model) {
        profiles.requireStrategyChange(id);
        StrategyForm form = form(request);
        model.addAttribute("year", Year.now(clock).getValue());
        try {
            model.addAttribute("gap", gap(id, form.read(json), locale));
            model.addAttribute("rowErrors", List.of());
        } catch (ValidationException e) {
            model.addAttribute("gap", List.of());
            model.addAttribute("rowErrors", problems(errors.byField(e.errors(), locale, Map.of())));
        }
        return "strategy/strategy :: gap";
    }

    @PostMapping("/places/{id}/strategy")
    String save(
            @PathVariable long id,
            HttpServletRequest request,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        StrategyForm form = form(request);
        try {
            Strategy s = form.read(json);
            profiles.saveStrategy(id, s);
            redirect.addFlashAttribute("savedRegions", s.aims().size());
            return "redirect:/places/" + id + "/strategy";
        } catch (ValidationException e) {
            profiles.requireStrategyChange(id); // a refusal before the fields' errors
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, form.rows(), null, problems(errors.byField(e.errors(), locale, Map.of())), locale, model);
        }
    }

    private String page(
            long id,
            List<StrategyForm.Row> rows,
            Strategy forGap,
            List<RowProblem> rowErrors,
            Locale locale,
            Model model) {
        boolean zh = Languages.chinese(locale);
        Place place = places.get(id);
        model.addAttribute("placeId", id);
        model.addAttribute("placeName", place.name(zh));
        model.addAttribute("rows", rows);
        model.addAttribute("regions", Choice.of(Region.values(), Region::code, zh));
        model.addAttribute("verbs", Choice.of(Verb.values(), Verb::code, zh));
        model.addAttribute("year", Year.now(clock).getValue());
        model.addAttribute("gap", forGap == null ? List.of() : gap(id, forGap, locale));
        model.addAttribute("rowErrors", rowErrors);
        return "strategy/strategy";
    }

    private List<GapRow> gap(long id, Strategy s, Locale locale) {
        boolean zh = Languages.chinese(locale);
        List<RegionLayout> layout = profiles.layout(id, s, Year.now(clock).getValue());
        return layout.stream()
                .map(l -> new GapRow(
                        zh ? l.regionZh() : l.regionEn(),
                        l.verb().label(zh),
                        l.now(),
                        l.target(),
                        l.gap(),
                        l.newTies()))
                .toList();
    }

    private static List<RowProblem> problems(Map<String, String> byField) {
        List<RowProblem> out = new ArrayList<>();
        byField.forEach((field, text) -> {
            var m = java.util.regex.Pattern.compile("row-(\\d+)(?:\\.(\\w+))?").matcher(field);
            out.add(
                    m.matches()
                            ? new RowProblem(Integer.parseInt(m.group(1)) + 1, m.group(2), text)
                            : new RowProblem(0, field, text));
        });
        return out;
    }

    private static StrategyForm form(HttpServletRequest request) {
        String[] regions = values(request, "region");
        String[] verbs = values(request, "verb");
        String[] targets = values(request, "target");
        int n = Math.min(StrategyForm.MAX_ROWS, Math.max(regions.length, Math.max(verbs.length, targets.length)));
        List<StrategyForm.Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new StrategyForm.Row(at(regions, i), at(verbs, i), at(targets, i)));
        }
        return new StrategyForm(rows);
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] v = request.getParameterValues(name);
        return v == null ? new String[0] : v;
    }

    private static String at(String[] values, int i) {
        return i < values.length ? values[i] : "";
    }
}
