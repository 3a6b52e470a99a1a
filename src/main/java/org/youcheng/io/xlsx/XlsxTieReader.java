package org.youcheng.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.youcheng.io.BadFileException;
import org.youcheng.io.Column;
import org.youcheng.io.TieRow;
import org.youcheng.io.TieRowSource;

/**
 * Reads the first sheet of an .xlsx tie table as a stream of rows (fastexcel's streaming reader, not a
 * whole-workbook model), behind the zip-bomb guard it is given. A date cell in the signed column is read as a day; a number such as 1974 as a year.
 */
public final class XlsxTieReader implements TieRowSource {

    private final XlsxInspection guard;

    public XlsxTieReader(XlsxInspection guard) {
        this.guard = guard;
    }

    @Override
    public void read(InputStream in, Consumer<TieRow> rows) throws IOException {
        ReadableWorkbook workbook = XlsxTable.open(in, guard);
        try (workbook) {
            Sheet sheet = workbook.getFirstSheet();
            if (sheet == null) {
                throw new BadFileException("no_sheet", "the workbook has no sheet", null);
            }
            try (Stream<Row> stream = sheet.openStream()) {
                Iterator<Row> it = stream.iterator();
                Column[] columns = null;
                while (it.hasNext()) {
                    Row row = it.next();
                    if (columns == null) {
                        List<String> header = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            Cell c = row.getCell(i);
                            header.add(c == null ? null : c.getText());
                        }
                        if (header.stream().allMatch(h -> h == null || h.isBlank())) {
                            continue;
                        }
                        columns = TieRowSource.header(header);
                        continue;
                    }
                    Map<Column, String> cells = new EnumMap<>(Column.class);
                    for (int i = 0; i < row.getCellCount(); i++) {
                        Cell c = row.getCell(i);
                        if (c == null) {
                            continue;
                        }
                        Column column = i < columns.length ? columns[i] : null;
                        String text = text(c, column);
                        if (column != null) {
                            cells.put(column, text);
                        } else if (text != null && !text.isBlank()) {
                            throw new BadFileException(
                                    "headless_cell",
                                    "row " + row.getRowNum() + " has a value in column " + (i + 1)
                                            + ", which has no header",
                                    null,
                                    row.getRowNum(),
                                    i + 1);
                        }
                    }
                    rows.accept(new TieRow(row.getRowNum(), cells));
                }
                if (columns == null) {
                    throw new BadFileException(
                            "no_header",
                            "the sheet is empty: it needs a header row (" + Column.accepted() + ")",
                            null,
                            Column.accepted());
                }
            }
        } catch (org.dhatim.fastexcel.reader.ExcelReaderException | java.io.UncheckedIOException e) {
            throw new BadFileException("damaged_xlsx", "the .xlsx workbook is damaged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw XlsxTable.damaged(e);
        }
    }

    private static String text(Cell c, Column column) {
        if (c.getType() == CellType.NUMBER) {
            String format = c.getDataFormatString();
            if (column == Column.SIGNED && format != null && looksLikeDate(format)) {
                LocalDateTime d = c.asDate();
                return d.toLocalDate().toString();
            }
            BigDecimal n = c.asNumber();
            return n.stripTrailingZeros().toPlainString();
        }
        return c.getText();
    }

    static boolean looksLikeDate(String format) {
        String f = format.toLowerCase(java.util.Locale.ROOT).replaceAll("\"[^\"]*\"", "");
        return f.contains("y") || f.contains("d") || f.contains("年") || f.contains("m/");
    }
}
