package org.youcheng.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcPrint;
import org.springframework.boot.test.autoconfigure.web.servlet.SpringBootMockMvcBuilderCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.youcheng.security.AccountService;
import org.youcheng.security.LocalOperator;
import org.youcheng.security.Role;
import org.youcheng.security.TokenService;

/** Accounts for tests, made as the command line makes them (the local operator), and requests that carry a token. */
public final class TestAccounts {

    public static final String PASSWORD = "a long test password";

    private TestAccounts() {}

    /** Makes an account (editors with a scope of codes such as 371500) and returns a fresh API token of it. */
    public static String token(ApplicationContext ctx, String name, Role role, String... scope) {
        try {
            return LocalOperator.call(() -> {
                AccountService accounts = ctx.getBean(AccountService.class);
                if (accounts.list().stream().noneMatch(a -> a.name().equals(name))) {
                    accounts.add(name, PASSWORD.toCharArray(), role, List.of(scope));
                }
                return ctx.getBean(TokenService.class).issue(name, 1, "test").secret();
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An admin's token. */
    public static String admin(ApplicationContext ctx) {
        return token(ctx, "test-admin", Role.ADMIN);
    }

    /** MockMvc with the security filters whose every request carries this bearer token. */
    public static MockMvc withToken(WebApplicationContext ctx, String token) {
        // the filters as the application has them (the body size limit, the security chains), as @AutoConfigureMockMvc
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(ctx);
        SpringBootMockMvcBuilderCustomizer filters = new SpringBootMockMvcBuilderCustomizer(ctx);
        filters.setPrint(MockMvcPrint.NONE);
        filters.customize(builder);
        return builder.defaultRequest(get("/").header("Authorization", "Bearer " + token))
                .build();
    }
}
