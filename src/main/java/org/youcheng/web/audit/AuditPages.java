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
import org.youcheng.security.AuditCsv;
import org.youcheng.security.AuditEvent;
import org.youcheng.security.AuditQuery;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;

/** The audit trail for admins: the newest 500 entries that match the filters, and the whole match as CSV. */
@Controller
class AuditPages {

    static final int SHOWN = 500;

    private final AuditTrail audit;
    private final Permissions permissions;

    AuditPages(AuditTrail audit, Permissions permissions) {
        this.audit = audit;
        this.permissions = permissions;
    }

    @GetMapping("/audit")
    Object show(@RequestParam(required = false) String since, @RequestParam(required = false) String until,
                @RequestParam(required = false) String entity, @RequestParam(required = false) String user,
                @RequestParam(required = false) String format, Model model) throws IOException {
        permissions.requireAdmin();
        String problem = null;
        List<AuditEvent> events = List.of();
        try {
            events = audit.find(AuditQuery.of(since, until, entity, null, user, AuditQuery.MAX));
        } catch (ValidationException e) {
            problem = e.getMessage();
        }
        if ("csv".equals(format) && problem == null) {
            StringWriter out = new StringWriter();
            AuditCsv.write(events, out);
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"audit.csv\"").body(out.toString());
        }
        List<AuditEvent> newest = events.subList(Math.max(0, events.size() - SHOWN), events.size()).reversed();
        model.addAttribute("events", newest);
        model.addAttribute("total", events.size());
        model.addAttribute("since", since);
        model.addAttribute("until", until);
        model.addAttribute("entity", entity);
        model.addAttribute("user", user);
        model.addAttribute("problem", problem);
        return "audit/audit";
    }
}
