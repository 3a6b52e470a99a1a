package org.youcheng.io;

import java.util.List;

/** Receives the rows of a table file as text cells: a header row, then each data row with its number. */
public interface TableRows {

    /** A new table starts (a CSV file's only one, or a sheet of a workbook) with its header cells. */
    void header(String sheet, List<String> cells);

    /** @param number the row as a spreadsheet shows it (the header is 1) */
    void row(long number, List<String> cells);
}
