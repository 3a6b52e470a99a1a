package org.youcheng.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form. Spring Security's own filter reads what it sends ({@code POST /login}), makes a name or an
 * address wait a little after repeated failures ({@code ?wait=seconds}), and signs out on {@code POST /logout};
 * this only shows the form.
 */
@Controller
class LoginPages {

    @GetMapping("/login")
    String loginForm(
            @RequestParam(required = false) String error, @RequestParam(required = false) String wait, Model model) {
        model.addAttribute("failed", error != null);
        // only a small number is shown: the parameter is in the address bar, anyone can write anything there
        model.addAttribute("wait", wait == null ? null : wait.matches("\\d{1,4}") ? Integer.valueOf(wait) : 1);
        return "account/login";
    }
}
