package org.youcheng.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The pages' static files (CSS, scripts, ECharts, htmx), under names that carry a hash of their content
 * ({@code /css/youcheng-<md5>.css}) and kept by browsers for a year; a file with a {@code .gz} beside it (the ECharts
 * bundle) is sent as it is to browsers that accept gzip.
 *
 * <p>Served from their folders only, not from {@code /**} as Spring Boot would: every link a page writes is
 * looked up among the static files to put the hash in its name, and with {@code /**} each link to a place or a tie
 * was a search of the class path that found nothing (37 % of the place page's time, bench/load/README.md).
 */
@Configuration
class StaticFiles implements WebMvcConfigurer {

    /** Each path and the place on the class path it is served from: our own folders, and htmx from its webjar. */
    static final java.util.Map<String, String> FOLDERS = java.util.Map.of(
            "/css/**", "classpath:/static/css/",
            "/js/**", "classpath:/static/js/",
            "/vendor/**", "classpath:/static/vendor/",
            "/webjars/**", "classpath:/META-INF/resources/webjars/");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (var folder : FOLDERS.entrySet()) {
            registry.addResourceHandler(folder.getKey())
                    .addResourceLocations(folder.getValue())
                    .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                    .resourceChain(true)
                    .addResolver(new EncodedResourceResolver())
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }
}
