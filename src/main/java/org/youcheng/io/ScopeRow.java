package org.youcheng.io;

/**
 * A row refused because its Chinese side is outside the account's scope: the sheet of a workbook (null in a table),
 * the row's number and its place as the file names it. {@link ImportRefused} lists it as a page shows it, and the
 * English message names it as a row.
 */
record ScopeRow(String sheet, long row, String place) {

    /** As a page lists it: "5 (上海市)", a workbook's with the sheet in front. */
    String listed() {
        return prefix() + row + " (" + place + ")";
    }

    /** As the English message names it: "row 5 (上海市)". */
    String english() {
        return prefix() + "row " + row + " (" + place + ")";
    }

    private String prefix() {
        return sheet == null ? "" : sheet + " ";
    }
}
