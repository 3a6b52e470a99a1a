package org.youcheng.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese unless the person asks for English: {@code ?lang=en} or {@code ?lang=zh} on any page switches, and a
 * cookie remembers the choice. Only the two languages the bundles hold are ever used, so no page mixes them.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

    static final String COOKIE = "youcheng-lang";
    static final String PARAM = "lang";

    /** The bean name is the one DispatcherServlet looks for. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new TwoLanguageResolver();
        resolver.setDefaultLocale(Languages.CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookiePath("/");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAM);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** A cookie resolver that maps whatever it reads or is given onto Chinese or English. */
    static final class TwoLanguageResolver extends CookieLocaleResolver {

        TwoLanguageResolver() {
            super(COOKIE);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return Languages.supported(super.resolveLocale(request));
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            LocaleContext context = super.resolveLocaleContext(request);
            return new SimpleTimeZoneAwareLocaleContext(
                    Languages.supported(context.getLocale()),
                    context instanceof TimeZoneAwareLocaleContext t ? t.getTimeZone() : null);
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
            Locale locale = context == null ? null : context.getLocale();
            super.setLocaleContext(
                    request,
                    response,
                    locale == null
                            ? null
                            : new SimpleTimeZoneAwareLocaleContext(
                                    Languages.supported(locale),
                                    context instanceof TimeZoneAwareLocaleContext t ? t.getTimeZone() : null));
        }
    }
}
