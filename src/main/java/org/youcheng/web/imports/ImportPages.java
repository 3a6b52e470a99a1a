package org.youcheng.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.youcheng.common.ClientLanguage;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.io.CompleteList;
import org.youcheng.io.Format;
import org.youcheng.io.ImportRefused;
import org.youcheng.io.ProblemText;
import org.youcheng.io.TieImporter;
import org.youcheng.security.Permissions;
import org.youcheng.web.tie.FormErrors;

/**
 * Importing in the browser: upload a tie table or a ledger workbook (a tie table may be the complete official list
 * of a place), watch the dry run read it, read its report, confirm, watch the import, read the result. The work is
 * the importers' ({@link ImportJobs} runs them); this class reads the form and shows where a run stands.
 */
@Controller
record ImportPages(
        ImportJobs jobs,
        TieImporter importer,
        Permissions permissions,
        FormErrors errors,
        ProblemText problemText,
        MessageSource messages) {

    /** The error fields as the form names them. */
    private static final Map<String, String> FIELDS =
            Map.of("complete_for", "completeFor", "end_missing", "endMissing", "with_subordinates", "completeFor");

    @GetMapping("/imports")
    String form(Model model) {
        permissions.requireEditor();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ImportForm("ties", null, false, null));
        }
        model.addAttribute(
                "formErrors", model.getAttribute("formErrors") == null ? Map.of() : model.getAttribute("formErrors"));
        return "imports/imports";
    }

    /** What the form sent, to show again with its errors. */
    public record ImportForm(String kind, String completeFor, boolean withSubordinates, String endMissing) {}

    @PostMapping("/imports")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "ties") String kind,
            @RequestParam(required = false) String completeFor,
            @RequestParam(defaultValue = "false") boolean withSubordinates,
            @RequestParam(required = false) String endMissing,
            Authentication who,
            Locale locale,
            Model model)
            throws IOException {
        permissions.requireEditor();
        ImportForm form = new ImportForm(
                kind,
                blank(completeFor) ? null : completeFor.strip(),
                withSubordinates,
                blank(endMissing) ? null : endMissing.strip());
        List<FieldError> problems = new java.util.ArrayList<>();
        ImportKind what = ImportKind.parse(kind).orElse(null);
        if (what == null) {
            problems.add(new FieldError("kind", kind, "ties or ledger", "invalid"));
        }
        String name = file == null || file.getOriginalFilename() == null
                ? "upload"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (file == null || file.isEmpty()) {
            problems.add(new FieldError("file", name, "the file is empty", "empty_file"));
        } else if (!(lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".txt"))) {
            problems.add(new FieldError("file", name, "upload a .csv (UTF-8) or .xlsx file", "import_format"));
        }
        LocalDate ending = null;
        if (form.endMissing() != null) {
            try {
                ending = LocalDate.parse(form.endMissing());
            } catch (DateTimeParseException e) {
                problems.add(new FieldError("end_missing", form.endMissing(), "an ISO date", "bad_date"));
            }
        }
        CompleteList list = null;
        if (form.completeFor() == null && (withSubordinates || ending != null)) {
            problems.add(new FieldError(
                    "complete_for", null, "with_subordinates and end_missing need complete_for", "import_needs_place"));
        } else if (form.completeFor() != null && what == ImportKind.LEDGER) {
            problems.add(new FieldError(
                    "complete_for", form.completeFor(), "a ledger has no official list", "import_ledger_list"));
        } else if (form.completeFor() != null) {
            try {
                list = importer.completeList(form.completeFor(), withSubordinates, ending);
            } catch (ValidationException e) {
                problems.addAll(e.errors());
            }
        }
        if (!problems.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("formErrors", errors.byField(problems, locale, FIELDS));
            return "imports/imports";
        }
        Path tmp = Files.createTempFile("youcheng-web-import-", lower.endsWith(".xlsx") ? ".xlsx" : ".csv");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        ImportJob job = jobs.start(who.getName(), what, name, tmp, Format.ofFile(lower), list);
        return "redirect:/imports/" + job.upload().id();
    }

    @GetMapping("/imports/{id}")
    String show(@PathVariable String id, Authentication who, Locale locale, Model model) {
        ImportJob job = job(id, who);
        ImportStatus status = job.status();
        model.addAttribute("job", status.withReport(problemText.in(status.report(), locale)));
        model.addAttribute("refusal", refusal(status, locale));
        model.addAttribute("failure", status.failure() == null ? null : problemText.reason(status.failure(), locale));
        return "imports/job";
    }

    /** The progress bar alone, polled while a run reads; once it is over the page is loaded again whole. */
    @GetMapping("/imports/{id}/progress")
    Object progress(@PathVariable String id, Authentication who, Model model) {
        ImportJob job = job(id, who);
        ImportStatus status = job.status();
        if (!status.reading()) {
            return ResponseEntity.ok().header("HX-Redirect", "/imports/" + id).body("");
        }
        model.addAttribute("job", status);
        return "imports/job :: progress";
    }

    @PostMapping("/imports/{id}/confirm")
    String confirm(@PathVariable String id, Authentication who) {
        permissions.requireEditor();
        jobs.confirm(job(id, who));
        return "redirect:/imports/" + id;
    }

    @PostMapping("/imports/{id}/discard")
    String discard(@PathVariable String id, Authentication who) {
        jobs.discard(job(id, who));
        return "redirect:/imports";
    }

    private ImportJob job(String id, Authentication who) {
        return jobs.of(id, who == null ? "" : who.getName())
                .orElseThrow(() -> new NotFoundException("no import " + id + " of yours"));
    }

    /** A refusal as the page says it: which rule, then how many rows and the first of them. */
    private Map<String, String> refusal(ImportStatus s, Locale locale) {
        ImportRefused r = s.refusal();
        if (!"refused".equals(s.state()) || r == null) {
            return null;
        }
        Map<String, String> words = new LinkedHashMap<>();
        words.put("key", r.rule() == ImportRefused.Rule.SIGNED ? "imports.refused.signed" : "imports.refused.scope");
        // a refusal before any row was read (the list's own place outside the scope) has only the service's words
        words.put(
                "detail",
                r.count() == 0
                        ? r.getMessage()
                        : messages.getMessage(
                                "imports.refusedRows",
                                new Object[] {
                                    r.count(), String.join(ClientLanguage.chinese(locale) ? "、" : ", ", r.rows())
                                },
                                locale));
        return words;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
