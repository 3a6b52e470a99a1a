package org.youcheng.security;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.youcheng.security.internal.PlaceScope;

/**
 * Why a change was refused, as a sentence of the reader's language ({@code refusal.<reason>} in the message bundles,
 * with the place and the account's scope named in that language): the pages' refusal page and the API's 403 say it.
 */
@Component
public class RefusalText {

    private final MessageSource messages;
    private final CurrentActor actors;
    private final PlaceScope places;

    RefusalText(MessageSource messages, CurrentActor actors, PlaceScope places) {
        this.messages = messages;
        this.actors = actors;
        this.places = places;
    }

    /** The sentence for a refusal; without one (the rule table shut the door), from the account's role. */
    public String why(Refusal refusal, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        Actor a = actors.get();
        Refusal.Reason reason = refusal != null
                ? refusal.reason()
                : a.anonymous()
                        ? Refusal.Reason.SIGN_IN
                        : a.role() == Role.VIEWER ? Refusal.Reason.VIEWER : Refusal.Reason.ADMIN;
        String place = refusal == null || refusal.placeId() == null ? "" : name(refusal.placeId(), zh);
        String scope = a.scope().stream().map(id -> name(id, zh)).sorted().collect(Collectors.joining(zh ? "、" : ", "));
        return messages.getMessage("refusal." + reason.code(), new Object[] {place, scope}, locale);
    }

    private String name(long id, boolean zh) {
        return zh ? places.name(id) : places.nameEn(id);
    }
}
