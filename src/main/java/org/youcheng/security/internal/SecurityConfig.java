package org.youcheng.security.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.youcheng.security.RefusalText;
import org.youcheng.security.Role;
import org.youcheng.security.TokenService;

/**
 * Two filter chains with one rule table ({@link Routes}). The JSON API under {@code /api/**} is stateless: a
 * request that changes something must carry a personal token ({@code Authorization: Bearer}); a session cookie
 * counts for nothing there, which is why the API needs no CSRF token (a browser never sends a bearer token on
 * its own). The pages sign in with a form and keep a session; every POST of a page must carry the session's CSRF
 * token, which Thymeleaf puts into each {@code th:action} form as the hidden field {@code _csrf}.
 *
 * <p>Both chains write the same headers on every answer: Content-Security-Policy ({@link ContentSecurityPolicy}),
 * X-Content-Type-Options: nosniff, X-Frame-Options: DENY, Referrer-Policy: same-origin, and
 * Strict-Transport-Security on answers sent over HTTPS (directly, or from a trusted proxy that says so: {@link
 * TrustedProxies}). The sign-in form is throttled ({@link ThrottledLogin}), never locked.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfig {

    static final String API = "/api/**";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenService tokens, MessageSource messages, RefusalText refusals)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(messages, refusals);
        http.securityMatcher(API)
                .authorizeHttpRequests(SecurityConfig::rules)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new ContentSecurityPolicy(), HeaderWriterFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfig::headers)
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AccountLogins logins, PasswordEncoder encoder, LoginThrottle throttle)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(logins);
        passwords.setPasswordEncoder(encoder);
        // redirects name no host: a forged Host header must not send anyone elsewhere (docs/security.md)
        LoginUrlAuthenticationEntryPoint toSignIn = new LoginUrlAuthenticationEntryPoint("/login");
        toSignIn.setFavorRelativeUris(true);
        SavedRequestAwareAuthenticationSuccessHandler back = new SavedRequestAwareAuthenticationSuccessHandler();
        back.setRedirectStrategy(new SameSiteRedirects());
        // an address no route names is not found, for anyone; a known one asks for the sign-in
        UnknownAddresses unknown = new UnknownAddresses(toSignIn);
        http.authorizeHttpRequests(SecurityConfig::rules)
                .authenticationProvider(new ThrottledLogin(passwords, throttle))
                .csrf(csrf -> csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository()))
                .addFilterBefore(new ContentSecurityPolicy(), HeaderWriterFilter.class)
                .headers(SecurityConfig::headers)
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(back)
                        .failureHandler(ThrottledLogin.failures())
                        .permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(unknown).accessDeniedHandler(unknown))
                .logout(logout ->
                        logout.logoutUrl("/logout").logoutSuccessUrl("/").permitAll())
                .httpBasic(basic -> basic.disable())
                .requestCache(Customizer.withDefaults());
        return http.build();
    }

    /** The rule table, then a closed door for everything it does not name. */
    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(Routes.FILES.toArray(String[]::new)).permitAll();
        // most specific first, whatever the table's order: /ties/new before /ties/{id}
        for (Routes.Rule rule : Routes.bySpecificity()) {
            var route = requests.requestMatchers(rule.method(), rule.pattern());
            switch (rule.access()) {
                case PUBLIC -> route.permitAll();
                case SIGNED_IN -> route.authenticated();
                case EDITOR -> route.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name());
                case ADMIN -> route.hasRole(Role.ADMIN.name());
            }
        }
        requests.anyRequest().denyAll();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
