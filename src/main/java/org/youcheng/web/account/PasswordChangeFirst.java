package org.youcheng.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.youcheng.security.AccountService;

/**
 * An account signed in with the one-time password an admin handed over sees no page but the change of password
 * (and may sign out) until it has changed it; the API is not its way round, for no token is made before
 * ({@code TokenService}). Asked afresh of the account on every page, so that the change counts at once.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeFirst implements WebMvcConfigurer {

    static final String PAGE = "/account/password";

    private final AccountService accounts;

    PasswordChangeFirst(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                if (!(handler instanceof HandlerMethod)
                        || path.startsWith("/api/")
                        || path.equals(PAGE)
                        || !mustChange(accounts)) {
                    return true;
                }
                // a path, never an address built from the Host header
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + PAGE);
                return false;
            }
        });
    }

    /** Whether the account signed in to the pages still has a one-time password. */
    static boolean mustChange(AccountService accounts) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) {
            return false;
        }
        try {
            return accounts.get(a.getName()).handedOver();
        } catch (org.youcheng.common.NotFoundException gone) {
            return false;
        }
    }
}
