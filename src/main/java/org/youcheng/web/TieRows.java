package org.youcheng.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.youcheng.registry.Place;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieView;
import org.youcheng.registry.Warning;

/** Turns ties into {@link TieRow}s in the page's language, with the rules each one bends. */
@Component
public class TieRows {

    private final PageText text;
    private final TieService ties;

    TieRows(PageText text, TieService ties) {
        this.text = text;
        this.ties = ties;
    }

    /** A tie from the side of {@code ours}, without the rules it bends. */
    public TieRow row(TieView v, Place ours, boolean zh) {
        return row(v, ours, zh, List.of());
    }

    /** Ties from our side, each with the rules it bends (one query for all). */
    public List<TieRow> rows(List<TieView> views, List<Place> ours, boolean zh) {
        var warnings = ties.warnings(views);
        List<TieRow> rows = new java.util.ArrayList<>(views.size());
        for (int i = 0; i < views.size(); i++) {
            TieView v = views.get(i);
            rows.add(row(
                    v,
                    ours.get(i),
                    zh,
                    warnings.getOrDefault(v.tie().id(), List.of()).stream()
                            .map(Warning::code)
                            .toList()));
        }
        return rows;
    }

    private TieRow row(TieView v, Place ours, boolean zh, List<String> warnings) {
        var tie = v.tie();
        Place other = v.domestic().id() == ours.id() ? v.partner() : v.domestic();
        return new TieRow(
                tie.id(),
                tie.kind().label(zh),
                tie.kind().code(),
                text.link(ours, zh),
                text.link(other, zh),
                text.country(other.countryCode(), zh),
                PageText.date(tie.signed(), zh),
                tie.signed() == null ? "" : tie.signed().firstDay().toString(),
                tie.status().label(zh),
                tie.status().code(),
                warnings,
                tie.authority().code(),
                !tie.counted());
    }
}
