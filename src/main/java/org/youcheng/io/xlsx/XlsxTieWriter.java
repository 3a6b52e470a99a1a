package org.youcheng.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.youcheng.io.Column;
import org.youcheng.io.ExportRow;
import org.youcheng.io.TieSink;

/** Writes the tie table as one sheet of an .xlsx workbook, streaming rows as they come. */
public final class XlsxTieWriter implements TieSink {

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row = 1;

    public XlsxTieWriter(OutputStream out) {
        this.workbook = new Workbook(out, "youcheng", "1.0");
        this.sheet = workbook.newWorksheet("ties");
        for (int i = 0; i < ExportRow.COLUMNS.size(); i++) {
            Column c = ExportRow.COLUMNS.get(i);
            sheet.value(0, i, c.header());
            sheet.style(0, i).bold().set();
        }
    }

    @Override
    public void write(ExportRow r) throws IOException {
        List<String> cells = r.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null) {
                sheet.value(row, i, cells.get(i));
            }
        }
        row++;
        if (row % 10_000 == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
