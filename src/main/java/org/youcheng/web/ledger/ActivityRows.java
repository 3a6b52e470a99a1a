package org.youcheng.web.ledger;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.youcheng.ledger.Activity;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.Agreement;
import org.youcheng.ledger.Award;
import org.youcheng.ledger.CooperationProject;
import org.youcheng.ledger.Delegation;
import org.youcheng.ledger.ExchangeEvent;
import org.youcheng.ledger.Term;
import org.youcheng.web.Languages;

/** Turns activities into timeline lines: what happened, in a few words of the page's language. */
@Component
record ActivityRows(MessageSource messages) {

    ActivityRow row(Activity a, Locale locale) {
        boolean zh = Languages.chinese(locale);
        ActivityDraft d = a.draft();
        String what = switch (d) {
            case Delegation g ->
                label(g.direction(), zh) + " · " + label(g.leaderLevel(), zh) + " · "
                        + messages.getMessage("ledger.people", new Object[] {g.headCount()}, locale);
            case ExchangeEvent e ->
                label(e.eventKind(), zh) + " · "
                        + messages.getMessage(
                                Boolean.TRUE.equals(e.online()) ? "ledger.online" : "ledger.inPerson", null, locale);
            case Agreement g -> label(g.agreementType(), zh);
            case CooperationProject p ->
                label(p.domain(), zh) + " · " + label(p.status(), zh)
                        + (p.outcome() == null ? "" : " · " + p.outcome());
            case Award w ->
                w.year() + " · " + (w.grantingBody() == null ? "" : w.grantingBody() + " → ") + w.recipient();
        };
        return new ActivityRow(
                a.id(),
                d.startedOn().toString(),
                d.endedOn() == null ? null : d.endedOn().toString(),
                d.type().code(),
                label(d.type(), zh),
                what,
                a.place().name(zh),
                a.place().placeId(),
                a.foreignSide().stream().map(s -> s.name(zh)).collect(Collectors.joining(zh ? "、" : ", ")),
                d.tieId(),
                d.title());
    }

    static String label(Term t, boolean zh) {
        return t == null ? "" : t.label(zh);
    }
}
