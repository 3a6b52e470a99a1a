package org.youcheng.web.review;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.extract.ArticleFacts;
import org.youcheng.extract.ExtractService;
import org.youcheng.extract.ReviewService;
import org.youcheng.registry.Warning;
import org.youcheng.security.SignedRecordRefused;

/**
 * The review queue as a page: paste an article to read it into the queue; for each candidate, the evidence in the
 * article's words, whether the two places already have a tie, and a form to correct and accept it, or reject it.
 */
@Controller
record ReviewPages(ReviewService review, ExtractService extraction, MessageSource messages) {

    static final int PAGE = 50;
    static final int MAX_TEXT = 200_000;

    @GetMapping("/review")
    String queue(@RequestParam(defaultValue = "pending") String status, Model model) {
        String s = List.of("pending", "accepted", "rejected").contains(status) ? status : "pending";
        model.addAttribute("status", s);
        model.addAttribute("queue", review.list(s, PAGE, 0));
        return "review/review";
    }

    @PostMapping("/review/articles")
    String read(
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String source,
            Locale locale,
            RedirectAttributes redirect) {
        if (text.isBlank() || text.length() > MAX_TEXT) {
            redirect.addFlashAttribute("problem", messages.getMessage("review.textRequired", null, locale));
            return "redirect:/review";
        }
        ArticleFacts facts = extraction.extract(source.isBlank() ? "article" : source.strip(), text);
        int queued = review.enqueue(facts, text).size();
        redirect.addFlashAttribute("queued", queued);
        redirect.addFlashAttribute("found", facts.relations().size());
        return "redirect:/review";
    }

    @PostMapping("/review/{id}/accept")
    String accept(
            @PathVariable long id,
            @RequestParam(required = false) String domestic,
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) String partnerCountry,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String signed,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            ReviewService.Accepted a =
                    review.accept(id, new ReviewService.Edit(domestic, partner, partnerCountry, kind, signed));
            redirect.addFlashAttribute("savedTie", a.tie().tie().tie().id());
            redirect.addFlashAttribute(
                    "savedWarnings",
                    a.tie().warnings().stream().map(Warning::code).toList());
            if (!a.conflicts().isEmpty()) {
                redirect.addFlashAttribute("savedConflicts", a.conflicts());
            }
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problem", words(e.errors(), locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("review.decided", null, locale));
        } catch (SignedRecordRefused e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.signed_record_refused", null, locale));
        }
        return "redirect:/review";
    }

    @PostMapping("/review/{id}/reject")
    String reject(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            review.reject(id);
            redirect.addFlashAttribute("rejected", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("review.decided", null, locale));
        }
        return "redirect:/review";
    }

    private String words(List<FieldError> errors, Locale locale) {
        return errors.stream()
                .map(e -> messages.getMessage("review.field." + e.field(), null, e.field(), locale)
                        + ": "
                        + e.sentenceOrInvalid(messages, locale))
                .collect(Collectors.joining(" "));
    }
}
