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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.youcheng.io.BadFileException;
import org.youcheng.io.Column;
import org.youcheng.io.TieRow;
import org.youcheng.io.TieRowSource;

/** Reads a UTF-8 CSV tie table (with or without a byte-order mark); any other encoding fails the file. */
public final class CsvTieReader implements TieRowSource {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();

    @Override
    public void read(InputStream raw, Consumer<TieRow> rows) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        skipBom(in);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CSVParser parser = FORMAT.parse(reader)) {
            Column[] columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    List<String> header = new ArrayList<>(record.size());
                    record.forEach(header::add);
                    columns = TieRowSource.header(header);
                    continue;
                }
                Map<Column, String> cells = new EnumMap<>(Column.class);
                for (int i = 0; i < record.size(); i++) {
                    String v = record.get(i);
                    if (i < columns.length && columns[i] != null) {
                        cells.put(columns[i], v);
                    } else if (!v.isBlank()) {
                        throw new BadFileException("row " + (record.getRecordNumber()) + " has more cells than the "
                                + "header has columns");
                    }
                }
                rows.accept(new TieRow(record.getRecordNumber(), cells));
            }
            if (columns == null) {
                throw new BadFileException("the file is empty: it needs a header row (" + Column.accepted() + ")");
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new BadFileException("the file is not UTF-8 text (save it as CSV UTF-8; a GBK file from an old "
                        + "Excel needs converting)", e);
            }
            if (e.getCause() instanceof CSVException c) {
                throw notWellFormed(c);
            }
            throw e;
        } catch (CSVException e) {
            throw notWellFormed(e);
        } catch (CharacterCodingException e) {
            throw new BadFileException("the file is not UTF-8 text (save it as CSV UTF-8; a GBK file from an old "
                    + "Excel needs converting)", e);
        } catch (IllegalStateException e) {
            throw new BadFileException("the file is not a well-formed CSV table: " + e.getMessage(), e);
        }
    }

    private static BadFileException notWellFormed(CSVException e) {
        return new BadFileException("the file is not a well-formed CSV table: " + e.getMessage(), e);
    }

    private static void skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] b = in.readNBytes(3);
        if (!(b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }
}
