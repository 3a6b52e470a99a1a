package org.youcheng.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.youcheng.io.Column;
import org.youcheng.io.ExportRow;
import org.youcheng.io.TieSink;

/** Writes the tie table as UTF-8 CSV with a byte-order mark, so that Excel opens Chinese text correctly. */
public final class CsvTieWriter implements TieSink {

    private final CSVPrinter printer;
    private final Writer writer;

    public CsvTieWriter(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        for (Column c : ExportRow.COLUMNS) {
            printer.print(c.header());
        }
        printer.println();
    }

    @Override
    public void write(ExportRow row) throws IOException {
        List<String> cells = row.cells();
        for (String cell : cells) {
            printer.print(cell == null ? "" : cell);
        }
        printer.println();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
