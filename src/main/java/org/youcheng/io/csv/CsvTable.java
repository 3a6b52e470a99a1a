package org.youcheng.io.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.youcheng.common.CsvCell;
import org.youcheng.io.BadFileException;
import org.youcheng.io.TableRows;

/**
 * Streams a UTF-8 CSV table (with or without a byte-order mark) as text cells, the header first; any other
 * encoding, or a malformed table, fails the file. Tie and activity imports both read CSV through it. A cell an
 * export neutralised against formulas ({@code '=…}) reads back as it was ({@link CsvCell#read}).
 */
public final class CsvTable {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();
    private static final String NOT_UTF8 =
            "the file is not UTF-8 text (save it as CSV UTF-8; a GBK file from an old " + "Excel needs converting)";

    private CsvTable() {}

    /** @return whether the file had a header row */
    public static boolean read(InputStream raw, TableRows rows) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        skipBom(in);
        Reader reader = new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CSVParser parser = FORMAT.parse(reader)) {
            boolean header = false;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(CsvCell.read(cell)));
                if (!header) {
                    rows.header(null, cells);
                    header = true;
                } else {
                    rows.row(record.getRecordNumber(), cells);
                }
            }
            return header;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new BadFileException("not_utf8", NOT_UTF8, e);
            }
            if (e.getCause() instanceof CSVException c) {
                throw notWellFormed(c);
            }
            throw e;
        } catch (CSVException e) {
            throw notWellFormed(e);
        } catch (CharacterCodingException e) {
            throw new BadFileException("not_utf8", NOT_UTF8, e);
        } catch (IllegalStateException e) {
            throw new BadFileException("bad_csv", "the file is not a well-formed CSV table: " + e.getMessage(), e);
        }
    }

    private static BadFileException notWellFormed(CSVException e) {
        return new BadFileException("bad_csv", "the file is not a well-formed CSV table: " + e.getMessage(), e);
    }

    private static void skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] b = in.readNBytes(3);
        if (!(b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }
}
