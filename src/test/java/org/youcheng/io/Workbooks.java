package org.youcheng.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Hand-made .xlsx workbooks for the attack and fuzz tests: a real workbook around a sheet given as XML. */
final class Workbooks {

    private Workbooks() {
    }

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

}
