package org.youcheng.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** Streams the rows of a tie file, one at a time, without holding the file in memory. */
public interface TieRowSource {

    /**
     * Reads the header and then every row, in order.
     *
     * @throws BadFileException when the file is not a readable tie table
     */
    void read(InputStream in, Consumer<TieRow> rows) throws IOException;

    /** Maps header cells to columns; unknown or repeated headers and missing required ones fail the file. */
    static Column[] header(java.util.List<String> cells) {
        Column[] columns = new Column[cells.size()];
        java.util.Set<Column> seen = java.util.EnumSet.noneOf(Column.class);
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String h = cells.get(i);
            if (h == null || h.isBlank()) {
                continue;
            }
            Column c = Column.of(h).orElse(null);
            if (c == null) {
                unknown.add(h.strip());
            } else if (!seen.add(c)) {
                throw new BadFileException(
                        "column_twice", "column " + c.header() + " appears twice in the header", null, c.header());
            }
            columns[i] = c;
        }
        if (!unknown.isEmpty()) {
            throw new BadFileException(
                    "unknown_columns",
                    "unknown column" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown) + " (accepted: "
                            + Column.accepted() + ")",
                    null,
                    String.join(", ", unknown),
                    Column.accepted());
        }
        for (Column c : Column.values()) {
            if (c.required() && !seen.contains(c)) {
                throw new BadFileException(
                        "missing_column",
                        "missing column " + c.header() + " (" + c.chineseHeader() + ")",
                        null,
                        c.header(),
                        c.chineseHeader());
            }
        }
        return columns;
    }
}
