package org.youcheng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.io.BadFileException;
import org.youcheng.io.TieRow;
import org.youcheng.io.Workbooks;

/** The xlsx reader refuses zip bombs itself, however the archive tries to hide them from a guard. */
class XlsxInspectionTests {

    @Test
    void aPartHiddenAfterAStrayCentralDirectorySignatureCountsTowardsTheTotal() throws Exception {
        byte[] bomb = Workbooks.hiddenBomb(16);
        // a ratio no bomb reaches, so only the total can refuse it
        XlsxTieReader reader = new XlsxTieReader(new XlsxInspection(4L << 20, 1_000_000));

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bomb), row -> {}))
                .isInstanceOf(BadFileException.class)
                .hasMessageContaining("more than 4 MiB")
                .hasMessageContaining("xl/sharedStrings.xml");
    }

    @Test
    void aPartHiddenAfterAStrayCentralDirectorySignatureIsRefusedForItsRatio() throws Exception {
        byte[] bomb = Workbooks.hiddenBomb(16);
        XlsxTieReader reader = new XlsxTieReader(new XlsxInspection(1L << 30, 100));

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bomb), row -> {}))
                .isInstanceOf(BadFileException.class)
                .hasMessageContaining("xl/sharedStrings.xml")
                .hasMessageContaining("100 times");
    }

    @Test
    void everyEntryOfANameListedTwiceIsChecked() throws Exception {
        byte[] bomb = Workbooks.twiceNamedBomb(16);

        assertThatThrownBy(() -> new XlsxInspection(1L << 30, 100).inspect(bomb))
                .isInstanceOf(BadFileException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void theActivityTableReaderIsGuardedToo() throws Exception {
        byte[] bomb = Workbooks.hiddenBomb(16);

        assertThatThrownBy(
                        () -> XlsxTable.read(new ByteArrayInputStream(bomb), new XlsxInspection(1L << 30, 100), null))
                .isInstanceOf(BadFileException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void anOrdinaryWorkbookPassesAndIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var w = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
            var s = w.newWorksheet("ties");
            String[][] rows = {{"domestic", "partner", "partner_country", "kind"}, {"北京市", "Paris", "France", "sister"}
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    s.value(r, c, rows[r][c]);
                }
            }
        }
        List<TieRow> read = new ArrayList<>();
        new XlsxTieReader(new XlsxInspection(1L << 20, 100))
                .read(new ByteArrayInputStream(out.toByteArray()), read::add);

        assertThat(read).hasSize(1);
        assertThat(read.getFirst().cells()).containsValue("Paris");
    }
}
