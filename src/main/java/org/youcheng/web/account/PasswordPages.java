package org.youcheng.web.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.security.AccountService;
import org.youcheng.web.tie.FormErrors;

/**
 * The account signed in changes its password: the page every other page leads to while the account still has the
 * one-time password an admin handed over ({@link PasswordChangeFirst}), and open to any account afterwards.
 */
@Controller
record PasswordPages(AccountService accounts, FormErrors errors) {

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("passwordRules", accounts.passwordRules());
        model.addAttribute(
                "mustChange", model.getAttribute("mustChange") != null || PasswordChangeFirst.mustChange(accounts));
        if (!model.containsAttribute("passwordErrors")) {
            model.addAttribute("passwordErrors", Map.of());
        }
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(
            @RequestParam(required = false) String current,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String again,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        char[] old = current == null ? new char[0] : current.toCharArray();
        char[] next = password == null ? new char[0] : password.toCharArray();
        try {
            if (again == null || !again.equals(password)) {
                throw new ValidationException(java.util.List.of(
                        new FieldError("again", null, "the two new passwords differ", "passwords_differ")));
            }
            accounts.changeOwnPassword(old, next);
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/account/tokens";
        } catch (ValidationException e) {
            model.addAttribute("passwordErrors", errors.byField(e.errors(), locale, Map.of()));
            return form(model);
        } finally {
            Arrays.fill(old, '\0');
            Arrays.fill(next, '\0');
        }
    }
}
