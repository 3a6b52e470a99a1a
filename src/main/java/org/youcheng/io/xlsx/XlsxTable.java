package org.youcheng.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.youcheng.io.BadFileException;
import org.youcheng.io.TableRows;

/**
 * Streams every sheet of an .xlsx workbook as text cells (fastexcel's streaming reader): per sheet its header
 * (the first row that is not blank) and its rows, behind the zip-bomb guard ({@link XlsxInspection}). A number cell formatted as a date is read as an ISO day.
 */
public final class XlsxTable {

    private XlsxTable() {}

    /**
     * Opens a workbook to stream, once the guard has inflated every part it could open; a file that is not a
     * workbook, or is a zip bomb, fails as a bad file. fastexcel holds the packed file in memory in any case.
     */
    static ReadableWorkbook open(InputStream in, XlsxInspection guard) throws IOException {
        byte[] file = in.readAllBytes();
        guard.inspect(file);
        try {
            return new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            throw new BadFileException(
                    "bad_xlsx", "the file is not a readable .xlsx workbook (" + e.getMessage() + ")", e);
        }
    }

    public static void read(InputStream in, XlsxInspection guard, TableRows rows) throws IOException {
        ReadableWorkbook workbook = open(in, guard);
        try (workbook) {
            List<Sheet> sheets = workbook.getSheets().toList();
            if (sheets.isEmpty()) {
                throw new BadFileException("no_sheet", "the workbook has no sheet", null);
            }
            for (Sheet sheet : sheets) {
                try (Stream<Row> stream = sheet.openStream()) {
                    Iterator<Row> it = stream.iterator();
                    boolean header = false;
                    while (it.hasNext()) {
                        Row row = it.next();
                        List<String> cells = new ArrayList<>(row.getCellCount());
                        for (int i = 0; i < row.getCellCount(); i++) {
                            cells.add(text(row.getCell(i)));
                        }
                        if (!header) {
                            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                                continue;
                            }
                            rows.header(sheet.getName(), cells);
                            header = true;
                        } else {
                            rows.row(row.getRowNum(), cells);
                        }
                    }
                }
            }
        } catch (org.dhatim.fastexcel.reader.ExcelReaderException | java.io.UncheckedIOException e) {
            throw new BadFileException("damaged_xlsx", "the .xlsx workbook is damaged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    /** fastexcel reports XML that is not well formed as an IOException around the parser's exception. */
    static IOException damaged(IOException e) {
        if (e.getCause() instanceof javax.xml.stream.XMLStreamException x) {
            throw new BadFileException("damaged_xlsx", "the .xlsx workbook is damaged: " + x.getMessage(), e);
        }
        return e;
    }

    private static String text(Cell c) {
        if (c == null) {
            return null;
        }
        if (c.getType() == CellType.NUMBER) {
            String format = c.getDataFormatString();
            if (format != null && XlsxTieReader.looksLikeDate(format)) {
                return c.asDate().toLocalDate().toString();
            }
            return c.asNumber().stripTrailingZeros().toPlainString();
        }
        return c.getText();
    }
}
