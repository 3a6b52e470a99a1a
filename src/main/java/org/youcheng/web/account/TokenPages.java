package org.youcheng.web.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.security.ApiToken;
import org.youcheng.security.Permissions;
import org.youcheng.security.TokenService;
import org.youcheng.web.tie.FormErrors;

/**
 * The API tokens of the account signed in: make one (its secret shown once, never again), the list with when each
 * was last used, and revoke one. {@link TokenService} keeps only the token's hash and checks that a token revoked
 * here is the account's own.
 */
@Controller
class TokenPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TokenService tokens;
    private final Permissions permissions;
    private final FormErrors errors;
    private final Clock clock;
    private final ZoneId zone = ZoneId.systemDefault();

    TokenPages(TokenService tokens, Permissions permissions, FormErrors errors, Clock clock) {
        this.tokens = tokens;
        this.permissions = permissions;
        this.errors = errors;
        this.clock = clock;
    }

    /** A token as listed, its times in local time; {@code state} is usable, revoked or expired. */
    record Row(long id, String label, String created, String expires, String lastUsed, String state) {}

    @GetMapping("/account/tokens")
    String list(Model model) {
        Instant now = clock.instant();
        model.addAttribute(
                "tokens",
                tokens.of(permissions.actor().name()).stream()
                        .map(t -> row(t, now))
                        .toList());
        model.addAttribute("zone", zone.getId());
        return "account/tokens";
    }

    @PostMapping("/account/tokens")
    String create(
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String days,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            TokenService.Issued issued = tokens.issueOwn(days(days), label);
            redirect.addFlashAttribute("secret", issued.secret());
            redirect.addFlashAttribute("issued", issued.token().id());
        } catch (ValidationException e) {
            redirect.addFlashAttribute("tokenErrors", errors.byField(e.errors(), locale, java.util.Map.of()));
            redirect.addFlashAttribute("label", label);
            redirect.addFlashAttribute("days", days);
        }
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revokeOwn(id);
        redirect.addFlashAttribute("revoked", id);
        return "redirect:/account/tokens";
    }

    /** The days typed, or null for the default length; not a number is the field's error, not a failed request. */
    private static Integer days(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("\\d{1,6}")) {
            throw new ValidationException(
                    java.util.List.of(new FieldError("days", typed, "a whole number of days", "not_a_number")));
        }
        return Integer.valueOf(typed.strip());
    }

    private Row row(ApiToken t, Instant now) {
        String state = t.revokedAt() != null ? "revoked" : t.usable(now) ? "usable" : "expired";
        return new Row(
                t.id(),
                t.label(),
                local(t.createdAt()),
                local(t.expiresAt()),
                t.lastUsedAt() == null ? null : local(t.lastUsedAt()),
                state);
    }

    private String local(Instant i) {
        return WHEN.format(i.atZone(zone));
    }
}
