package org.youcheng.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.youcheng.common.CsvWriter;
import org.youcheng.io.Column;
import org.youcheng.io.ExportRow;
import org.youcheng.io.TieSink;

/**
 * Writes the tie table as UTF-8 CSV with a byte-order mark, so that Excel opens Chinese text correctly; cells that
 * a spreadsheet would take for formulas are neutralised ({@link org.youcheng.common.CsvCell}).
 */
public final class CsvTieWriter implements TieSink {

    private final CsvWriter csv;
    private final Writer writer;

    public CsvTieWriter(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.csv = new CsvWriter(writer);
        csv.row(ExportRow.COLUMNS.stream().map(Column::header).toList());
    }

    @Override
    public void write(ExportRow row) throws IOException {
        csv.row(row.cells());
    }

    @Override
    public void close() throws IOException {
        writer.flush();
    }
}
