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

    /** A tie from the side of {@code ours}; {@code withWarnings} costs a query per sister tie. */
    public TieRow row(TieView v, Place ours, boolean zh, boolean withWarnings) {
        var tie = v.tie();
        Place other = v.domestic().id() == ours.id() ? v.partner() : v.domestic();
        List<String> warnings = withWarnings ? ties.warnings(v).stream().map(Warning::code).toList() : List.of();
        return new TieRow(tie.id(), zh ? tie.kind().zh() : tie.kind().en(), tie.kind().code(), text.link(ours, zh),
                text.link(other, zh), text.country(other.countryCode(), zh), PageText.date(tie.signed(), zh),
                tie.signed() == null ? "" : tie.signed().firstDay().toString(),
                zh ? tie.status().zh() : tie.status().en(), tie.status().code(), warnings);
    }
}
