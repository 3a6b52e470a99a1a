package org.youcheng.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.youcheng.registry.PlaceRepository;
import org.youcheng.security.Actor;
import org.youcheng.security.Permissions;
import org.youcheng.security.Refusal;

/**
 * Why a change was refused, in the page's language ({@code refusal.<reason>}), and the way back: the page the
 * request came from when it is one of ours (the browser's own back keeps what was typed into its form).
 */
@Component
public class Refusals {

    private final MessageSource messages;
    private final Permissions permissions;
    private final PlaceRepository places;

    Refusals(MessageSource messages, Permissions permissions, PlaceRepository places) {
        this.messages = messages;
        this.permissions = permissions;
        this.places = places;
    }

    /** The sentence for a refusal; without one (the rule table shut the door), from the account's role. */
    public String why(Refusal refusal, Locale locale) {
        boolean zh = Languages.chinese(locale);
        Actor a = permissions.actor();
        Refusal.Reason reason = refusal != null ? refusal.reason()
                : a.anonymous() ? Refusal.Reason.SIGN_IN : a.role() == org.youcheng.security.Role.VIEWER
                ? Refusal.Reason.VIEWER : Refusal.Reason.ADMIN;
        String place = refusal == null || refusal.placeId() == null ? ""
                : places.find(refusal.placeId()).map(p -> p.name(zh)).orElse("");
        String scope = a.scope().stream().map(id -> places.find(id).map(p -> p.name(zh)).orElse("#" + id))
                .sorted().collect(Collectors.joining(zh ? "、" : ", "));
        return messages.getMessage("refusal." + reason.code(), new Object[] {place, scope}, locale);
    }

    /** Where "back" leads: the referring page of this site, or the home page. */
    public String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return "/";
        }
        try {
            URI from = URI.create(referer);
            boolean same = from.getHost() == null || (from.getHost().equalsIgnoreCase(request.getServerName())
                    && from.getPort() == request.getServerPort());
            String path = from.getRawPath();
            if (!same || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
