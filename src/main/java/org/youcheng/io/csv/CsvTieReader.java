package org.youcheng.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.youcheng.io.BadFileException;
import org.youcheng.io.Column;
import org.youcheng.io.TableRows;
import org.youcheng.io.TieRow;
import org.youcheng.io.TieRowSource;

/** Reads a UTF-8 CSV tie table (with or without a byte-order mark); any other encoding fails the file. */
public final class CsvTieReader implements TieRowSource {

    @Override
    public void read(InputStream raw, Consumer<TieRow> rows) throws IOException {
        boolean header = CsvTable.read(raw, new TableRows() {
            private Column[] columns;

            @Override
            public void header(String sheet, List<String> cells) {
                columns = TieRowSource.header(cells);
            }

            @Override
            public void row(long number, List<String> record) {
                Map<Column, String> cells = new EnumMap<>(Column.class);
                for (int i = 0; i < record.size(); i++) {
                    String v = record.get(i);
                    if (i < columns.length && columns[i] != null) {
                        cells.put(columns[i], v);
                    } else if (!v.isBlank()) {
                        throw new BadFileException(
                                "extra_cells",
                                "row " + number + " has more cells than the header has columns",
                                null,
                                number);
                    }
                }
                rows.accept(new TieRow(number, cells));
            }
        });
        if (!header) {
            throw new BadFileException(
                    "no_header",
                    "the file is empty: it needs a header row (" + Column.accepted() + ")",
                    null,
                    Column.accepted());
        }
    }
}
