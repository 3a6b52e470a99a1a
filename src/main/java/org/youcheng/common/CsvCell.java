package org.youcheng.common;

/**
 * One cell of a CSV file that people open in a spreadsheet. A cell that begins with {@code = + - @}, a tab or a
 * carriage return is a formula to Excel and LibreOffice, and a formula can fetch URLs or run commands (CSV
 * injection); written out, such a cell gets an apostrophe in front, as OWASP recommends, and quotes around it,
 * so a spreadsheet shows it as text. A number such as {@code -3.5} is left as it is: it is no formula.
 *
 * <p>Reading undoes exactly that: an apostrophe before one of those characters, or before another apostrophe,
 * is dropped, and nothing else is touched ({@code 's-Hertogenbosch} stays). A value that itself begins with an
 * apostrophe and one of them is written with a second apostrophe, so every value reads back to itself and
 * importing an export changes nothing.
 */
public final class CsvCell {

    private static final char MARK = '\'';

    private CsvCell() {}

    /** The cell as written between commas: neutralised when it could be a formula, quoted when it must be. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean neutralised = needsMark(text);
        String cell = neutralised ? MARK + text : text;
        if (neutralised || mustQuote(cell)) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /** A cell as a CSV reader gave it, with the apostrophe {@link #field} put in front of it taken off again. */
    public static String read(String cell) {
        if (cell != null
                && cell.length() > 1
                && cell.charAt(0) == MARK
                && (formulaStart(cell.charAt(1)) || cell.charAt(1) == MARK)) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean needsMark(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == MARK) {
            return text.length() > 1 && (formulaStart(text.charAt(1)) || text.charAt(1) == MARK);
        }
        return formulaStart(first) && !plainNumber(text);
    }

    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** -12 or -3.5: what a spreadsheet reads as a number, not as a formula. */
    private static boolean plainNumber(String text) {
        return text.matches("-\\d+(\\.\\d+)?");
    }

    private static boolean mustQuote(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        // the readers trim unquoted cells, so a cell with spaces at its ends keeps them only inside quotes
        return cell.indexOf(',') >= 0
                || cell.indexOf('"') >= 0
                || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0
                || Character.isWhitespace(cell.charAt(0))
                || Character.isWhitespace(cell.charAt(cell.length() - 1));
    }
}
