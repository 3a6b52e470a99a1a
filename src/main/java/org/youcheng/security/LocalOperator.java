package org.youcheng.security;

import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The command line acts as the local operator: whoever can run it on the server can read and write the database
 * files anyway, so it may change everything; the audit trail records it as {@code cli:<os user>} from {@code cli}.
 */
public final class LocalOperator {

    private LocalOperator() {}

    /** Runs work as the local operator, then puts back whoever was acting before. */
    public static <T> T call(Callable<T> work) throws Exception {
        SecurityContext before = SecurityContextHolder.getContext();
        signIn();
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** Makes this thread act as the local operator until {@link SecurityContextHolder#clearContext()}. */
    public static void signIn() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OperatorAuthentication(Actor.operator(System.getProperty("user.name"))));
        SecurityContextHolder.setContext(context);
    }

    static final class OperatorAuthentication extends AbstractAuthenticationToken {

        private final Actor actor;

        OperatorAuthentication(Actor actor) {
            super(List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
            this.actor = actor;
            setAuthenticated(true);
        }

        Actor actor() {
            return actor;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return actor.name();
        }
    }
}
