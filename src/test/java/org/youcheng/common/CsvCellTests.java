package org.youcheng.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Cells that a spreadsheet would run are neutralised on the way out and read back as they were. */
class CsvCellTests {

    static final List<String> VALUES = List.of(
            "=1+1",
            "+33 1 2345",
            "-Stadt",
            "@SUM(A1)",
            "\tTab",
            "\rCR",
            "'s-Hertogenbosch",
            "'=already marked",
            "''",
            "'",
            "-12",
            "-3.5",
            "plain",
            "with, comma",
            "with \"quotes\"",
            " spaced ",
            "",
            "多行\n文本",
            "-",
            "=");

    @Test
    void formulaCellsGetAnApostropheAndQuotes() {
        assertThat(CsvCell.field("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(CsvCell.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvCell.field("+cmd|' /C calc'!A0")).isEqualTo("\"'+cmd|' /C calc'!A0\"");
        assertThat(CsvCell.field("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(CsvCell.field("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(CsvCell.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvCell.field("=\"a\"")).isEqualTo("\"'=\"\"a\"\"\"");
    }

    @Test
    void numbersAndOrdinaryTextAreLeftAlone() {
        assertThat(CsvCell.field("-12")).isEqualTo("-12");
        assertThat(CsvCell.field(-3.5)).isEqualTo("-3.5");
        assertThat(CsvCell.field("'s-Hertogenbosch")).isEqualTo("'s-Hertogenbosch");
        assertThat(CsvCell.field("北京市")).isEqualTo("北京市");
        assertThat(CsvCell.field(null)).isEmpty();
    }

    @Test
    void everyValueReadsBackToItselfThroughARealCsvParser() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(VALUES);
        csv.flush();
        List<String> read = new ArrayList<>();
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(new StringReader(out.toString()))) {
            CSVRecord record = parser.iterator().next();
            record.forEach(cell -> read.add(CsvCell.read(cell)));
            for (String cell : record) {
                boolean number = cell.matches("-\\d+(\\.\\d+)?");
                assertThat(number || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0)
                        .as("a cell a spreadsheet would run: %s", cell)
                        .isTrue();
            }
        }
        assertThat(read).isEqualTo(VALUES);
    }
}
