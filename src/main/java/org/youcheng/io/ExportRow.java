package org.youcheng.io;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.registry.Country;
import org.youcheng.registry.TieView;

/**
 * One tie as files carry it. {@code domesticName} is written so that it resolves back to the same place
 * (a county or district with its city in front); the codes pin both sides exactly.
 */
public record ExportRow(TieView view, String domesticName, Country partnerCountry) {

    public static final List<Column> COLUMNS = List.of(
            Column.DOMESTIC,
            Column.PARTNER,
            Column.PARTNER_COUNTRY,
            Column.KIND,
            Column.SIGNED,
            Column.STATUS,
            Column.SOURCE,
            Column.NOTE,
            Column.DOMESTIC_CODE,
            Column.PARTNER_CODE);

    public String partnerName() {
        return view.partner().name(true);
    }

    public String countryName() {
        return partnerCountry == null ? "中国" : partnerCountry.nameZh();
    }

    public List<String> cells() {
        var t = view.tie();
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(domesticName);
        cells.add(partnerName());
        cells.add(countryName());
        cells.add(t.kind().code());
        cells.add(t.signed() == null ? null : t.signed().toString());
        cells.add(t.status().code());
        cells.add(t.source());
        cells.add(t.note());
        cells.add(view.domestic().code());
        cells.add(view.partner().code());
        return cells;
    }
}
