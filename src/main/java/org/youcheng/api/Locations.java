package org.youcheng.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Location of something just made, as a path on this site: a relative reference (RFC 9110 allows it), so no
 * answer repeats whatever host the request's Host header named.
 */
final class Locations {

    private Locations() {}

    static URI of(String template, Object... variables) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getContextPath())
                .path(template)
                .buildAndExpand(variables)
                .encode()
                .toUri();
    }
}
