package org.youcheng.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form. Spring Security's own filter reads what it sends ({@code POST /login}), locks a name or an
 * address out after repeated failures, and signs out on {@code POST /logout}; this only shows the form.
 */
@Controller
class LoginPages {

    @GetMapping("/login")
    String loginForm(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                     Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("locked", locked != null);
        return "account/login";
    }
}
