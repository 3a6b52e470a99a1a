package org.youcheng.web.tie;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.youcheng.approval.ApprovalService;
import org.youcheng.common.ConflictException;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.TieKind;

/**
 * The tie page's buttons for the approval path: file the application, the province's review, the national
 * association's, the signing. The approval service decides who may take which step; every form leads back to the
 * tie's page, with what went wrong when a step is refused for its content or its turn.
 */
@Controller
record TieApprovalForms(ApprovalService approvals, FormErrors messages) {

    @PostMapping("/ties/{id}/application")
    String apply(
            @PathVariable long id,
            @RequestParam String kind,
            @RequestParam(required = false) Integer version,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                locale,
                redirect,
                () -> approvals.apply(id, TieKind.parse(kind).orElse(null), version));
    }

    @PostMapping("/ties/{id}/application/province")
    String province(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String decision,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return step(id, locale, redirect, () -> approvals.provinceReview(id, version, decision(decision), reason));
    }

    @PostMapping("/ties/{id}/application/national")
    String national(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String decision,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return step(id, locale, redirect, () -> approvals.nationalReview(id, version, decision(decision), reason));
    }

    @PostMapping("/ties/{id}/application/signing")
    String signing(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String signed,
            Locale locale,
            RedirectAttributes redirect) {
        return step(id, locale, redirect, () -> {
            LocalDate date;
            try {
                date = LocalDate.parse(signed.strip());
            } catch (DateTimeParseException e) {
                throw ValidationException.of("signed", signed, "an ISO date such as 2026-11-25");
            }
            return approvals.sign(id, version, date);
        });
    }

    private String step(long id, Locale locale, RedirectAttributes redirect, java.util.function.Supplier<?> work) {
        try {
            work.get();
            redirect.addFlashAttribute("approvalSaved", true);
        } catch (ValidationException e) {
            // what is missing, in the page's language (the service's message is English, for the API's clients)
            String field = e.errors().isEmpty() ? "invalid" : e.errors().get(0).field();
            redirect.addFlashAttribute(
                    "problem",
                    messages.message(
                            "approval.refused",
                            locale,
                            messages.messageOr("approval.invalid." + field, "approval.invalid.other", locale)));
        } catch (ConflictException e) {
            redirect.addFlashAttribute(
                    "problem",
                    messages.message("approval.refused", locale, messages.message("approval.conflict", locale)));
        }
        return "redirect:/ties/" + id;
    }

    private static ApprovalService.Decision decision(String d) {
        return "return".equals(d) ? ApprovalService.Decision.RETURN : ApprovalService.Decision.APPROVE;
    }
}
