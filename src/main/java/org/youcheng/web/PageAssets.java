package org.youcheng.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the address of the htmx script into every page's model. The script comes from the htmx webjar (Spring
 * serves webjars under /webjars/); its version is read from the webjar itself, so the pom is the only place
 * that names it.
 */
@ControllerAdvice(basePackageClasses = PageAssets.class)
class PageAssets {

    private static final String POM = "META-INF/maven/org.webjars.npm/htmx.org/pom.properties";

    private final String htmxSrc;

    PageAssets() {
        this.htmxSrc = "/webjars/htmx.org/" + htmxVersion() + "/dist/htmx.min.js";
    }

    @ModelAttribute("htmxSrc")
    String htmxSrc() {
        return htmxSrc;
    }

    private static String htmxVersion() {
        try (InputStream in = PageAssets.class.getClassLoader().getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("the htmx webjar is missing from the classpath (" + POM + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
