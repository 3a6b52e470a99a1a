package org.youcheng.web.account;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.security.Account;
import org.youcheng.security.AccountChange;
import org.youcheng.security.AccountService;
import org.youcheng.security.Permissions;
import org.youcheng.security.Role;
import org.youcheng.web.TypedList;
import org.youcheng.web.tie.FormErrors;

/**
 * Accounts for admins: the list, a new account, its role and scope, disabling and enabling it, a new password. A
 * password is never typed here: the page makes a one-time password and shows it once, to hand over. The rules are
 * {@link AccountService}'s (the last admin, versions, the password policy, tokens revoked on disabling); its errors
 * come back next to the account they are about.
 */
@Controller
record AccountPages(AccountService accounts, Permissions permissions, OneTimePasswords passwords, FormErrors errors) {

    /** An account as the list shows it: its scope as codes to edit, with names to read. */
    record Row(long id, String name, String role, boolean enabled, String scopeCodes, String scopeNames, int version) {

        static Row of(Account a) {
            return new Row(
                    a.id(),
                    a.name(),
                    a.role().code(),
                    a.enabled(),
                    String.join(
                            " ",
                            a.scope().stream()
                                    .map(s -> s.code().replaceFirst("^CN-", ""))
                                    .toList()),
                    String.join(
                            "、",
                            a.scope().stream().map(Account.ScopePlace::name).toList()),
                    a.version());
        }
    }

    /** A one-time password to hand over, shown once. */
    record Handover(String name, String password) {}

    @GetMapping("/accounts")
    String list(Model model) {
        // to anyone else the page does not exist: 404 in the frame, as for an unknown address
        if (!permissions.actor().admin()) {
            throw new NotFoundException("no such page");
        }
        model.addAttribute("accounts", accounts.list().stream().map(Row::of).toList());
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::code).toList());
        model.addAttribute("passwordRules", accounts.passwordRules());
        return "account/accounts";
    }

    @PostMapping("/accounts")
    String create(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String scope,
            Locale locale,
            RedirectAttributes redirect) {
        char[] password = passwords.next();
        try {
            Account made = accounts.add(
                    name == null ? null : name.strip(),
                    password,
                    Role.parse(role).orElse(null),
                    TypedList.of(scope),
                    true);
            redirect.addFlashAttribute("handover", new Handover(made.name(), new String(password)));
            redirect.addFlashAttribute("changed", made.id());
        } catch (ValidationException e) {
            redirect.addFlashAttribute("newErrors", errors.byField(e.errors(), locale, java.util.Map.of()));
            redirect.addFlashAttribute("newName", name);
            redirect.addFlashAttribute("newRole", role);
            redirect.addFlashAttribute("newScope", scope);
        } finally {
            Arrays.fill(password, '\0');
        }
        return "redirect:/accounts";
    }

    /**
     * Role and scope (the form sends both), or enabled alone (the button), at the version the page was read at. A
     * role other than editor with the scope box left empty sends no scope: the service then clears it.
     */
    @PostMapping("/accounts/{id}")
    String update(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Boolean enabled,
            Locale locale,
            RedirectAttributes redirect) {
        Role r = null;
        if (role != null) {
            r = Role.parse(role).orElse(null);
            if (r == null) {
                return problem(
                        id,
                        List.of(new FieldError("role", role, "admin, editor or viewer", "bad_role")),
                        locale,
                        redirect);
            }
        }
        List<String> given =
                role == null || (r != Role.EDITOR && (scope == null || scope.isBlank())) ? null : TypedList.of(scope);
        try {
            accounts.update(id, new AccountChange(version, r, enabled, given));
            redirect.addFlashAttribute("changed", id);
        } catch (ValidationException e) {
            return problem(id, e.errors(), locale, redirect);
        } catch (ConflictException e) {
            return problem(
                    id,
                    List.of(new FieldError("version", version, e.getMessage(), "account_changed")),
                    locale,
                    redirect);
        }
        return "redirect:/accounts#account-" + id;
    }

    @PostMapping("/accounts/{id}/password")
    String resetPassword(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        char[] password = passwords.next();
        try {
            Account a = accounts.setPassword(accounts.get(id).name(), password, true);
            redirect.addFlashAttribute("handover", new Handover(a.name(), new String(password)));
            redirect.addFlashAttribute("changed", id);
        } catch (ValidationException e) {
            return problem(id, e.errors(), locale, redirect);
        } catch (ConflictException e) {
            return problem(
                    id, List.of(new FieldError("version", null, e.getMessage(), "account_changed")), locale, redirect);
        } finally {
            Arrays.fill(password, '\0');
        }
        return "redirect:/accounts#account-" + id;
    }

    private String problem(long id, List<FieldError> fieldErrors, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorAccount", id);
        redirect.addFlashAttribute("accountErrors", errors.byField(fieldErrors, locale, java.util.Map.of()));
        return "redirect:/accounts#account-" + id;
    }
}
