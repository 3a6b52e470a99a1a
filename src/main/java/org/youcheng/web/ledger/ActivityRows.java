package org.youcheng.web.ledger;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.youcheng.ledger.Activity;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.Term;
import org.youcheng.web.Languages;

/** Turns activities into timeline lines: what happened, in a few words of the page's language. */
@Component
class ActivityRows {

    private final MessageSource messages;

    ActivityRows(MessageSource messages) {
        this.messages = messages;
    }

    ActivityRow row(Activity a, Locale locale) {
        boolean zh = Languages.chinese(locale);
        ActivityDraft d = a.draft();
        String what = switch (d.type()) {
            case DELEGATION -> label(d.direction(), zh) + " · " + label(d.leaderLevel(), zh) + " · "
                    + messages.getMessage("ledger.people", new Object[] {d.headCount()}, locale);
            case EVENT -> label(d.eventKind(), zh) + " · " + messages.getMessage(Boolean.TRUE.equals(d.online())
                    ? "ledger.online" : "ledger.inPerson", null, locale);
            case AGREEMENT -> label(d.agreementType(), zh);
            case PROJECT -> label(d.domain(), zh) + " · " + label(d.status(), zh)
                    + (d.outcome() == null ? "" : " · " + d.outcome());
            case AWARD -> d.year() + " · " + (d.grantingBody() == null ? "" : d.grantingBody() + " → ")
                    + d.recipient();
        };
        return new ActivityRow(a.id(), d.startedOn().toString(), d.endedOn() == null ? null : d.endedOn().toString(),
                d.type().code(), label(d.type(), zh), what, a.place().name(zh), a.place().placeId(),
                a.foreignSide().stream().map(s -> s.name(zh)).collect(Collectors.joining(zh ? "、" : ", ")),
                d.tieId(), d.title());
    }

    static String label(Term t, boolean zh) {
        return t == null ? "" : zh ? t.zh() : t.en();
    }
}
