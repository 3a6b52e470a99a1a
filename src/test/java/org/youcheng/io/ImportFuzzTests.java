package org.youcheng.io;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.youcheng.common.PartialDate;
import org.youcheng.io.csv.CsvTable;
import org.youcheng.io.csv.CsvTieReader;
import org.youcheng.io.xlsx.XlsxInspection;
import org.youcheng.io.xlsx.XlsxTable;
import org.youcheng.io.xlsx.XlsxTieReader;

/**
 * Fuzzing with Jazzer: whatever bytes arrive, the readers give rows or refuse the file with a report
 * ({@link BadFileException}) — tie tables and activity tables alike, workbooks through the zip-bomb guard the
 * readers open them with — and the date parser gives a date or names what is wrong; any other exception, a hang
 * or a crash is a finding. In the suite each target replays its corpus (src/test/resources/.../ImportFuzzTestsInputs)
 * and then fuzzes for a few seconds (the surefire executions fuzz-*); docs/fuzzing.md has the longer run.
 */
class ImportFuzzTests {

    private static final XlsxInspection GUARD = new XlsxInspection(64L << 20, 100);

    private static final TableRows IGNORED = new TableRows() {
        @Override
        public void header(String sheet, java.util.List<String> cells) {}

        @Override
        public void row(long number, java.util.List<String> cells) {}
    };

    @FuzzTest(maxDuration = "5s")
    void csvIsReadOrRefused(byte[] data) throws IOException {
        try {
            new CsvTieReader().read(new ByteArrayInputStream(data), row -> {});
        } catch (BadFileException e) {
            // refused with a report
        }
        try {
            CsvTable.read(new ByteArrayInputStream(data), IGNORED);
        } catch (BadFileException e) {
            // refused with a report
        }
    }

    /** The sheet's XML comes from the fuzzer and sits inside a real workbook, so the parsing is what is fuzzed. */
    @FuzzTest(maxDuration = "5s")
    void xlsxIsReadOrRefused(FuzzedDataProvider data) throws IOException {
        boolean wholeFile = data.consumeBoolean();
        byte[] bytes = wholeFile
                ? data.consumeRemainingAsBytes()
                : Workbooks.withSheet(out -> {
                    try {
                        out.write(data.consumeRemainingAsBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        // the readers as the importers build them: each opens the workbook through the zip-bomb guard
        try {
            new XlsxTieReader(GUARD).read(new ByteArrayInputStream(bytes), row -> {});
        } catch (BadFileException e) {
            // refused with a report
        }
        try {
            XlsxTable.read(new ByteArrayInputStream(bytes), GUARD, IGNORED);
        } catch (BadFileException e) {
            // refused with a report
        }
    }

    @FuzzTest(maxDuration = "5s")
    void aDateIsReadOrNamedWrong(String text) {
        try {
            PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            // named what is wrong
        }
    }
}
