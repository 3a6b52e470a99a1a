package org.youcheng.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The web's security as it stands before accounts exist: every request is allowed, and every request that changes
 * something (POST, PUT, DELETE) outside the API must carry the CSRF token of its session: Thymeleaf puts it into
 * each {@code th:action} form as the hidden field {@code _csrf} (the pages' htmx requests are all GETs). When
 * accounts come, this chain gains authentication and rules per path; the CSRF setup stays.
 *
 * <p>The JSON API under {@code /api/**} is exempt from CSRF: it will be called with bearer tokens, which a browser
 * never sends on its own, so a forged cross-site request cannot carry one. Until then it is open, as before.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfig {

    static final String API = "/api/**";

    @Bean
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository())
                        .ignoringRequestMatchers(API))
                .headers(headers -> headers.referrerPolicy(referrer -> referrer
                        .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                // no login form, no HTTP basic and no logout page until accounts exist
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
