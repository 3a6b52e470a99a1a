package org.youcheng.io;

import java.util.EnumMap;
import java.util.Map;

/** One data row of a tie file as written, with its row number as a spreadsheet shows it (header = 1). */
public record TieRow(long number, Map<Column, String> cells) {

    public TieRow {
        cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
    }

    public String get(Column c) {
        String v = cells.get(c);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public boolean blank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
