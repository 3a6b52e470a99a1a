package org.youcheng.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.youcheng.web.map.WorldMapController;

/**
 * What every page's frame needs in its model: the addresses of the scripts (htmx from its webjar, ECharts from the
 * npm package packed at build time, the world map) and the link to the same page in the other language. Versions
 * are read from the webjar itself, so the pom is the only place that names them.
 */
@ControllerAdvice(basePackageClasses = PageAssets.class)
class PageAssets {

    private static final String HTMX_POM = "META-INF/maven/org.webjars.npm/htmx.org/pom.properties";
    static final String ECHARTS = "/vendor/echarts/echarts.min.js";

    private final String htmxSrc;
    private final WorldMapController worldMap;
    private final PageRights rights;

    PageAssets(WorldMapController worldMap, org.youcheng.security.Permissions permissions) {
        this.worldMap = worldMap;
        this.rights = new PageRights(permissions);
        this.htmxSrc = "/webjars/htmx.org/" + version(HTMX_POM) + "/dist/htmx.min.js";
    }

    @ModelAttribute("htmxSrc")
    String htmxSrc() {
        return htmxSrc;
    }

    @ModelAttribute("echartsSrc")
    String echartsSrc() {
        return ECHARTS;
    }

    @ModelAttribute("worldMapSrc")
    String worldMapSrc() {
        return worldMap.path();
    }

    /** The name of the account signed in, or null. */
    @ModelAttribute("signedIn")
    String signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken ? null : a.getName();
    }

    /** Whether to show the buttons that change data (the services decide whether a change is allowed). */
    @ModelAttribute("canEdit")
    boolean canEdit() {
        return has("ROLE_EDITOR") || has("ROLE_ADMIN");
    }

    /** What the reader may do on this page: {@code ${may.change(placeId)}}. */
    @ModelAttribute("may")
    PageRights may() {
        return rights;
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        return has("ROLE_ADMIN");
    }

    private static boolean has(String authority) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null
                && a.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(authority::equals);
    }

    /** The same address in the other language: the query kept, {@code lang} set to the other one. */
    @ModelAttribute("langSwitch")
    String langSwitch(HttpServletRequest request, Locale locale) {
        return langSwitch(request.getRequestURI(), request.getQueryString(), locale);
    }

    /** The same for an address other than the request's own (an error page names the address that failed). */
    String langSwitch(String uri, String queryString, Locale locale) {
        String query = queryString == null || MalformedQueries.malformed(queryString) ? null : queryString;
        String other = Languages.chinese(locale) ? "en" : "zh";
        try {
            return UriComponentsBuilder.fromUriString(uri + (query == null ? "" : "?" + query))
                    .replaceQueryParam(LocaleConfig.PARAM, other)
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException e) {
            // an address that is not one of ours (an error page for a mistyped one): the home page instead
            return "/?" + LocaleConfig.PARAM + "=" + other;
        }
    }

    private static String version(String pom) {
        try (InputStream in = PageAssets.class.getClassLoader().getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("a webjar is missing from the classpath (" + pom + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
