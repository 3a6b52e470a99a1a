package org.youcheng.api;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieView;
import org.youcheng.registry.Ties;
import org.youcheng.registry.Warning;

/** Turns registry ties into the API's JSON shape, with their status history and warnings. */
@Component
record TieViews(TieService service, Ties ties, PlaceViews places) {

    /** The tie as stored now, with the warnings its current content gets. */
    TieJson get(long id) {
        TieView v = service.view(id);
        return of(v, service.warnings(v));
    }

    /** The warnings a tie's current content gets. */
    List<Warning> warnings(TieView v) {
        return service.warnings(v);
    }

    /** A tie just saved, with the warnings the save reported. */
    TieJson of(TieService.Saved saved) {
        return of(saved.tie(), saved.warnings());
    }

    TieJson of(TieView v, List<Warning> warnings) {
        Tie t = v.tie();
        List<TieJson.HistoryJson> history = ties.history(t.id()).stream()
                .map(c -> new TieJson.HistoryJson(c.status().code(), c.changedAt(), c.reason()))
                .toList();
        return new TieJson(
                t.id(),
                t.kind().code(),
                t.signed() == null ? null : t.signed().toString(),
                t.signed() == null ? null : t.signed().precision().name().toLowerCase(Locale.ROOT),
                t.status().code(),
                t.endedOn(),
                t.endReason(),
                t.source(),
                t.note(),
                t.version(),
                t.createdAt(),
                t.updatedAt(),
                places.place(v.domestic()),
                places.place(v.partner()),
                history,
                service.documents(t.id()).stream().map(TieJson.DocumentJson::of).toList(),
                warnings,
                t.origin().code(),
                t.authority().code(),
                t.setAsideOn(),
                t.setAsideReason(),
                ties.statements(t).stream().map(TieJson.StatementJson::of).toList());
    }
}
