package org.youcheng.io;

/** A bad row (or a bad file, row 0): where, which column, the value, and why. */
public record RowProblem(long row, String column, String value, String reason) {

    @Override
    public String toString() {
        return (row == 0 ? "file" : "row " + row) + (column == null ? "" : ", column " + column)
                + (value == null ? "" : ", value '" + value + "'") + ": " + reason;
    }
}
