package org.youcheng.web.tie;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Places;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieInputReader;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieView;
import org.youcheng.registry.Warning;
import org.youcheng.security.Permissions;
import org.youcheng.security.SignedRecordRefused;
import org.youcheng.web.Languages;

/**
 * The forms that create, change and delete a tie. The registry reads and checks the input ({@link TieInputReader},
 * {@link TieService}); a bad form comes back with each error next to its field, a good one leads to the page it
 * was opened from with the rules of the trade the tie bends. Every form carries the session's CSRF token.
 */
@Controller
record TieFormPages(TieInputReader reader, TieService ties, Places places, FormErrors errors, Permissions permissions) {

    static final String FORM = "tie/form";
    /** Where the registry's field names differ from the form's. */
    private static final Map<String, String> FIELDS = Map.of(
            "domestic_id",
            "domestic",
            "partner_id",
            "partner",
            "ended_on",
            "endedOn",
            "end_reason",
            "endReason",
            "signed_record",
            "recordTitle",
            "signed_record.title",
            "recordTitle",
            "signed_record.url",
            "recordUrl");

    @GetMapping("/ties/new")
    String initCreationForm(@RequestParam(name = "place", required = false) Long place, Locale locale, Model model) {
        TieForm form = new TieForm();
        if (place != null) {
            places.find(place).ifPresent(p -> {
                form.setDomesticId(String.valueOf(p.id()));
                form.setDomestic(p.name(Languages.chinese(locale)));
                form.setBack(p.id());
            });
        }
        return form(model, form, null, Map.of(), null);
    }

    /** The language switch of a form sent back with errors points here. */
    @GetMapping("/ties")
    String creationFormAgain() {
        return "redirect:/ties/new";
    }

    @PostMapping("/ties")
    String processCreationForm(
            @ModelAttribute("form") TieForm form, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            TieService.Saved saved = ties.create(reader.read(form.input(), List.of()), form.signedRecord());
            return done(saved, form.getBack(), redirect);
        } catch (ValidationException e) {
            return form(model, form, null, errors.byField(e.errors(), locale, FIELDS), null);
        } catch (SignedRecordRefused e) {
            return form(model, form, null, Map.of("kind", errors.message("error.signed_record_refused", locale)), null);
        } catch (ConflictException e) {
            model.addAttribute("conflictTie", conflictTie(e));
            return form(model, form, null, Map.of(), errors.message("error.conflict_pair", locale));
        }
    }

    @GetMapping("/ties/{id}/edit")
    String initUpdateForm(@PathVariable long id, Locale locale, Model model) {
        TieView v = ties.view(id);
        ties.requireChange(id);
        return form(
                model, TieForm.of(v.tie(), v.domestic(), v.partner(), Languages.chinese(locale)), id, Map.of(), null);
    }

    @PostMapping("/ties/{id}")
    String processUpdateForm(
            @PathVariable long id,
            @ModelAttribute("form") TieForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ties.view(id); // a tie that is gone is not found, before the form is read
        ties.requireChange(id); // and one outside the scope is refused before its fields are checked
        try {
            List<FieldError> missing = form.getVersion() == null
                    ? List.of(new FieldError("version", null, "required", "required"))
                    : List.of();
            TieDraft draft = reader.read(form.input(), missing);
            TieService.Saved saved = ties.update(id, form.getVersion(), draft, form.signedRecord());
            return done(saved, null, redirect);
        } catch (ValidationException e) {
            return form(model, form, id, errors.byField(e.errors(), locale, FIELDS), null);
        } catch (SignedRecordRefused e) {
            return form(model, form, id, Map.of("kind", errors.message("error.signed_record_refused", locale)), null);
        } catch (ConflictException e) {
            model.addAttribute("conflictTie", conflictTie(e));
            return form(model, form, id, Map.of(), errors.message("error.conflict_version", locale));
        }
    }

    @PostMapping("/ties/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, Locale locale, RedirectAttributes redirect) {
        TieView v = ties.view(id);
        try {
            ties.delete(id, version);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", errors.message("error.conflict_version", locale));
            return "redirect:/ties/" + id;
        }
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/places/" + v.domestic().id();
    }

    private String done(TieService.Saved saved, Long back, RedirectAttributes redirect) {
        TieView v = saved.tie();
        redirect.addFlashAttribute("savedTie", v.tie().id());
        redirect.addFlashAttribute(
                "savedWarnings", saved.warnings().stream().map(Warning::code).toList());
        long to = back != null
                        && (back == v.domestic().id() || back == v.partner().id())
                ? back
                : 0;
        return to != 0 ? "redirect:/places/" + to : "redirect:/ties/" + v.tie().id();
    }

    /** The tie a conflict is about, to link to it. */
    private static Long conflictTie(ConflictException e) {
        return e.current() instanceof TieView v ? v.tie().id() : null;
    }

    private String form(Model model, TieForm form, Long tieId, Map<String, String> fieldErrors, String problem) {
        model.addAttribute("mayRecordSigned", permissions.mayRecordSigned());
        model.addAttribute("form", form);
        model.addAttribute("tieId", tieId);
        model.addAttribute("errors", fieldErrors);
        model.addAttribute("problem", problem);
        return FORM;
    }
}
