package org.youcheng.security;

import java.util.HashSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.youcheng.security.internal.AccountRepository;
import org.youcheng.security.internal.BearerAuthentication;

/**
 * Who is acting now, read afresh from the accounts: a role changed, a scope narrowed or an account disabled counts
 * from the next change on, without waiting for the session to end.
 */
@Component
public class CurrentActor {

    private final AccountRepository accounts;

    CurrentActor(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Actor get() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a instanceof LocalOperator.OperatorAuthentication operator) {
            return operator.actor();
        }
        Channel from = a instanceof BearerAuthentication || underApi() ? Channel.API : Channel.WEB;
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) {
            return Actor.anonymous(from);
        }
        return accounts.find(a.getName())
                .filter(Account::enabled)
                .map(account -> {
                    Set<Long> scope = new HashSet<>();
                    account.scope().forEach(p -> scope.add(p.id()));
                    return new Actor(account.id(), account.name(), account.role(), scope, from);
                })
                .orElse(Actor.anonymous(from));
    }

    private static boolean underApi() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r
                && r.getRequest().getRequestURI().startsWith(r.getRequest().getContextPath() + "/api/");
    }
}
