package org.youcheng.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Hand-made .xlsx workbooks for the attack and fuzz tests: a real workbook around a sheet given as XML. */
public final class Workbooks {

    private Workbooks() {}

    /** A valid one-row workbook made by fastexcel, with its sheet's XML then replaced by {@code sheet}. */
    static byte[] withSheet(java.util.function.Consumer<java.io.OutputStream> sheet) throws IOException {
        ByteArrayOutputStream made = new ByteArrayOutputStream();
        try (var w = new org.dhatim.fastexcel.Workbook(made, "test", "1.0")) {
            w.newWorksheet("ties").value(0, 0, "domestic");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(
                        new ByteArrayInputStream(made.toByteArray()), "UTF-8", true, true);
                var zip = new java.util.zip.ZipOutputStream(out)) {
            org.apache.commons.compress.archivers.zip.ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet.accept(zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static final String SHEET_START = """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";

    static void write(java.io.OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String cell(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /**
     * A tie workbook whose shared strings unpack to {@code mib} MiB of one letter, hidden from a reader that walks
     * the local headers: the part sits after a central-directory signature, so such a reader stops before it,
     * while the central directory at the end lists it like any other part.
     */
    public static byte[] hiddenBomb(int mib) throws IOException {
        return bomb(mib, false);
    }

    /**
     * A tie workbook that lists its shared strings twice under one name: a small honest part first, then the bomb,
     * so a guard that checked only the first entry of a name would let the second through.
     */
    public static byte[] twiceNamedBomb(int mib) throws IOException {
        return bomb(mib, true);
    }

    private static byte[] bomb(int mib, boolean twice) throws IOException {
        ByteArrayOutputStream made = new ByteArrayOutputStream();
        try (var w = new org.dhatim.fastexcel.Workbook(made, "test", "1.0")) {
            var s = w.newWorksheet("ties");
            s.value(0, 0, "domestic");
            s.value(0, 1, "partner");
            s.value(0, 2, "kind");
        }
        HandMadeZip zip = new HandMadeZip();
        byte[] strings = null;
        try (var in = new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(
                new ByteArrayInputStream(made.toByteArray()), "UTF-8", true, true)) {
            org.apache.commons.compress.archivers.zip.ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    strings = in.readAllBytes();
                } else {
                    zip.add(e.getName(), in.readAllBytes());
                }
            }
        }
        if (strings == null) {
            throw new IllegalStateException("fastexcel wrote no shared strings");
        }
        if (twice) {
            zip.add("xl/sharedStrings.xml", strings);
        } else {
            zip.fakeCentralDirectorySignature();
        }
        // the header's first cell is shared string 0, so a reader that opens the part inflates all of it
        zip.addRepeated(
                "xl/sharedStrings.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>""",
                (byte) 'A',
                (long) mib << 20,
                "</t></si><si><t>partner</t></si><si><t>kind</t></si></sst>");
        return zip.finish();
    }
}
