package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.youcheng.common.ValidationException;
import org.youcheng.security.Account;
import org.youcheng.security.AccountChange;
import org.youcheng.security.AccountService;
import org.youcheng.security.Actor;
import org.youcheng.security.Permissions;
import org.youcheng.security.Role;

/**
 * Accounts for admins (made on the command line, where the password is typed): list them, change a role, a scope,
 * or disable one, at the version read; a stale version gets 409 with the current account.
 */
@RestController
@Tag(name = ApiTags.ACCOUNTS)
record AccountController(AccountService accounts, Permissions permissions) {

    /** A change; null fields stay as they are. */
    record AccountRequest(
            @Schema(description = "the version read (required)")
            Integer version,

            @Schema(description = "admin, editor or viewer") String role,
            Boolean enabled,

            @Schema(description = "an editor's places: codes (370000) or Chinese names")
            List<String> scope) {}

    /** Who the caller is. */
    record MeJson(String name, String role, List<Long> scope, String from) {}

    @GetMapping("/api/v1/accounts")
    @Operation(summary = "Every account with its role, scope and version (admins)")
    List<Account> list() {
        return accounts.list();
    }

    @PutMapping("/api/v1/accounts/{id}")
    @Operation(summary = "Change an account's role, scope or enabled at a version (admins); 409 when stale")
    Account update(@PathVariable long id, @RequestBody AccountRequest request) {
        if (request.version() == null) {
            throw ValidationException.of("version", null, "required: the version the account was read at");
        }
        Role role = null;
        if (request.role() != null) {
            role = Role.parse(request.role())
                    .orElseThrow(() -> ValidationException.of("role", request.role(), "admin, editor or viewer"));
        }
        return accounts.update(id, new AccountChange(request.version(), role, request.enabled(), request.scope()));
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The account the token belongs to: name, role, scope")
    MeJson me() {
        Actor a = permissions.actor();
        return new MeJson(
                a.name(),
                a.role() == null ? null : a.role().code(),
                a.scope().stream().sorted().toList(),
                a.from().code());
    }
}
