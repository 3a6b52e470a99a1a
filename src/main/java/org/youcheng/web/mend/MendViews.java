package org.youcheng.web.mend;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceCard;
import org.youcheng.web.PageText;
import org.youcheng.web.PlaceLink;

/** Registry place cards as the mending pages show them. */
@Component
record MendViews(PageText text, MessageSource messages) {

    MendCard card(PlaceCard c, boolean zh, Locale locale) {
        Place p = c.place();
        PlaceLink parent = c.parent() == null ? null : text.link(c.parent(), zh);
        return new MendCard(
                p.id(),
                p.code(),
                p.name(zh),
                text.altName(p, zh),
                p.nameZh(),
                p.nameEn(),
                text.country(p.countryCode(), zh),
                text.level(p, zh),
                parent,
                messages.getMessage("mend.origin." + c.origin(), null, c.origin(), locale),
                p.needsReview(),
                p.version(),
                c.ties(),
                c.activities());
    }

    /** A place that is not a card (the other side of a tie), by link. */
    PlaceLink link(Place p, boolean zh) {
        return p == null ? null : text.link(p, zh);
    }
}
