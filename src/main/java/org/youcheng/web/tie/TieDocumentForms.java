package org.youcheng.web.tie;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.TieDocument;
import org.youcheng.registry.TieService;

/**
 * The tie page's forms to file a document with a tie (a letter of intent, an agreement, a memorandum: its title,
 * where to read it, its date) and to remove one. The tie service checks the scope, the title and the address, and
 * writes the audit trail; errors come back under their fields, with what was typed.
 */
@Controller
record TieDocumentForms(TieService ties, FormErrors messages) {

    /** What the form sent, to show again beside its errors. */
    public record DocumentForm(String kind, String title, String url, String dated) {}

    @PostMapping("/ties/{id}/documents")
    String add(
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String dated,
            Locale locale,
            RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        // an unknown kind goes to the service as none, which names it among the errors
        TieDocument.Kind k = TieDocument.Kind.parse(kind).orElse(null);
        LocalDate date = null;
        if (dated != null && !dated.isBlank()) {
            try {
                date = LocalDate.parse(dated.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("dated", dated, "an ISO date such as 1979-10-03", "bad_date"));
            }
        }
        String address = url == null || url.isBlank() ? null : url.strip();
        if (errors.isEmpty()) {
            try {
                ties.addDocument(id, k, title == null ? null : title.strip(), address, date);
                redirect.addFlashAttribute("documentSaved", true);
                return "redirect:/ties/" + id + "#documents";
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        redirect.addFlashAttribute("documentForm", new DocumentForm(kind, title, url, dated));
        redirect.addFlashAttribute("documentErrors", messages.byField(errors, locale, Map.of()));
        return "redirect:/ties/" + id + "#documents";
    }

    @PostMapping("/ties/{id}/documents/{documentId}/delete")
    String remove(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
        ties.removeDocument(id, documentId);
        redirect.addFlashAttribute("documentRemoved", true);
        return "redirect:/ties/" + id + "#documents";
    }
}
