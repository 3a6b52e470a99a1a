package org.youcheng.web.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.youcheng.common.ValidationException;
import org.youcheng.security.AuditQuery;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;

/**
 * The audit trail for admins: who did what, when (local time) and what changed, field by field, newest first, 50 to a
 * page, with filters; the whole match as CSV.
 */
@Controller
record AuditPages(AuditTrail audit, Permissions permissions, AuditEntries entries) {

    static final int PAGE = 50;
    /** The kinds of record the trail holds, offered in the filter. */
    static final List<String> ENTITIES = List.of(
            "tie",
            "tie_document",
            "tie_application",
            "place",
            "import_run",
            "activity",
            "activity_file",
            "partner_request",
            "account",
            "api_token");

    @GetMapping("/audit")
    Object show(
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String until,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String format,
            @RequestParam(defaultValue = "1") String page,
            java.util.Locale locale,
            Model model)
            throws IOException {
        permissions.requireAdmin();
        String problem = null;
        AuditQuery query = null;
        try {
            query = AuditQuery.of(since, until, entity, null, user, AuditQuery.MAX);
        } catch (ValidationException e) {
            problem = e.getMessage();
        }
        if ("csv".equals(format) && problem == null) {
            StringWriter out = new StringWriter();
            AuditTrail.writeCsv(audit.find(query), out);
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                    .body(out.toString());
        }
        int n = page.strip().matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page.strip())) : 1;
        AuditTrail.Page found =
                query == null ? new AuditTrail.Page(List.of(), 0) : audit.page(query, (n - 1) * PAGE, PAGE);
        long pages = Math.max(1, (found.total() + PAGE - 1) / PAGE);
        model.addAttribute("events", entries.of(found.entries(), locale));
        model.addAttribute("total", found.total());
        model.addAttribute("page", n);
        model.addAttribute("pages", pages);
        model.addAttribute("zone", entries.zone().getId());
        model.addAttribute("entities", ENTITIES);
        model.addAttribute("since", since);
        model.addAttribute("until", until);
        model.addAttribute("entity", entity);
        model.addAttribute("user", user);
        model.addAttribute("problem", problem);
        return "audit/audit";
    }
}
