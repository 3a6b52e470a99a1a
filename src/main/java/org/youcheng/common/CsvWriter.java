package org.youcheng.common;

import java.io.Flushable;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The one way youcheng writes CSV (tie and activity exports, the audit trail): RFC 4180 lines ending in CRLF,
 * every cell through {@link CsvCell}, so no export hands a spreadsheet a formula.
 */
public final class CsvWriter implements Flushable {

    private final Appendable out;

    public CsvWriter(Appendable out) {
        this.out = out;
    }

    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(CsvCell.field(cells.get(i)));
        }
        out.append("\r\n");
    }

    public void row(Object... cells) throws IOException {
        row(Arrays.asList(cells));
    }

    /** Flushes the stream below, which stays open: the caller opened it. */
    @Override
    public void flush() throws IOException {
        if (out instanceof Flushable f) {
            f.flush();
        }
    }
}
