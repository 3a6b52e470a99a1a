package org.youcheng.web.ledger;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.ledger.ActivityFile;
import org.youcheng.ledger.Ledger;
import org.youcheng.web.tie.FormErrors;

/**
 * Attaching files to an activity from its page, and removing them. The ledger checks and stores the file as it does
 * for the API ({@link Ledger#attach}); the page comes back with what happened, a refused file with why.
 */
@Controller
record ActivityFilePages(Ledger ledger, FileLimit limit, FormErrors errors) {

    @PostMapping("/activities/{id}/files")
    String attach(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        ledger.requireChange(id);
        try {
            if (file == null
                    || file.isEmpty()
                            && (file.getOriginalFilename() == null
                                    || file.getOriginalFilename().isBlank())) {
                throw new ValidationException(List.of(new FieldError("file", null, "choose a file", "no_file")));
            }
            if (limit.exceeded(file.getSize())) {
                throw new ValidationException(List.of(new FieldError(
                        "file",
                        file.getOriginalFilename(),
                        "larger than " + limit.megabytes() + " MiB",
                        "file_too_large")));
            }
            ActivityFile f = ledger.attach(id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("attached", f.fileName());
        } catch (ValidationException e) {
            redirect.addFlashAttribute(
                    "fileError",
                    String.join(
                            " ", errors.byField(e.errors(), locale, Map.of()).values()));
        }
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/files/{fileKey}/delete")
    String detach(@PathVariable long id, @PathVariable String fileKey, RedirectAttributes redirect) {
        ActivityFile f = ledger.file(id, fileKey);
        ledger.detach(id, fileKey);
        redirect.addFlashAttribute("detached", f.fileName());
        return "redirect:/activities/" + id;
    }
}
