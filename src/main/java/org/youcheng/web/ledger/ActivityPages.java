package org.youcheng.web.ledger;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.youcheng.common.ConflictException;
import org.youcheng.ledger.Activity;
import org.youcheng.ledger.Ledger;
import org.youcheng.web.Languages;
import org.youcheng.web.PlaceLink;
import org.youcheng.web.tie.FormErrors;

/**
 * An activity's own page, and its deletion (at the version it was read at; a stale one comes back with a message).
 * Its form is {@link ActivityFormPages}', its files {@link ActivityFilePages}'.
 */
@Controller
record ActivityPages(Ledger ledger, ActivityRows rows, FormErrors errors, FileLimit fileLimit) {

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
}
