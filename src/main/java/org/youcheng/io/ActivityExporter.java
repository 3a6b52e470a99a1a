package org.youcheng.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.youcheng.common.CsvWriter;
import org.youcheng.common.Transactions;
import org.youcheng.ledger.Activities;
import org.youcheng.ledger.Activity;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.ActivityField;
import org.youcheng.ledger.ActivityType;

/**
 * Writes activities in the columns {@link ActivityImporter} reads: a CSV table with a type column, or an .xlsx
 * workbook with one sheet per type and only that type's columns. Places are written by code as well as by name,
 * so a file reads back to the same places, and importing an export again changes nothing (its rows repeat the
 * recorded activities, see {@link ActivityRepeats}). CSV cells a spreadsheet would take for formulas are
 * neutralised and read back unchanged ({@link org.youcheng.common.CsvCell}).
 */
@Service
public record ActivityExporter(Activities activities, Transactions tx) {

    private static final int PAGE = 2_000;

    /** @param places the places whose activities to write; null for every activity */
    public int export(Format format, Collection<Long> places, OutputStream out) throws IOException {
        return tx.read(() -> {
            return switch (format) {
                case CSV -> csv(places, out);
                case XLSX -> xlsx(places, out);
                default ->
                    throw new IllegalArgumentException("activities export as csv or xlsx, not " + format.extension());
            };
        });
    }

    private int csv(Collection<Long> places, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF'); // so that Excel reads the Chinese as UTF-8
        CsvWriter csv = new CsvWriter(w);
        List<String> header = new ArrayList<>(List.of(ActivityColumn.TYPE.code));
        header.addAll(columns(null));
        csv.row(header);
        int n = 0;
        for (ActivityType type : ActivityType.values()) {
            n += each(type, places, a -> {
                List<String> row = new ArrayList<>(List.of(type.code()));
                row.addAll(cells(a, null));
                csv.row(row);
            });
        }
        csv.flush();
        return n;
    }

    private int xlsx(Collection<Long> places, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "youcheng", "1.0");
        int n = 0;
        for (ActivityType type : ActivityType.values()) {
            Worksheet ws = wb.newWorksheet(type.code());
            List<String> header = columns(type);
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.style(0, c).bold().set();
            }
            int[] r = {1};
            n += each(type, places, a -> {
                List<String> cells = cells(a, type);
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) != null) {
                        ws.value(r[0], c, cells.get(c));
                    }
                }
                if (++r[0] % 10_000 == 0) {
                    ws.flush();
                }
            });
            ws.finish();
        }
        wb.finish();
        return n;
    }

    private interface Row {
        void write(Activity a) throws IOException;
    }

    private int each(ActivityType type, Collection<Long> places, Row row) throws IOException {
        long after = 0;
        int n = 0;
        while (true) {
            List<Activity> page = activities.page(type, places, after, PAGE);
            for (Activity a : page) {
                row.write(a);
                n++;
            }
            if (page.size() < PAGE) {
                return n;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /** The headers: who took part, then the fields (of one type; of every type when null). */
    private static List<String> columns(ActivityType type) {
        List<String> out = new ArrayList<>(List.of(
                ActivityColumn.PLACE_CODE.code,
                ActivityColumn.PLACE.code,
                ActivityColumn.PARTNER_CODES.code,
                ActivityColumn.PARTNERS.code,
                ActivityColumn.ORGANISATIONS.code));
        for (ActivityField f : ActivityField.values()) {
            if (type == null || f.of(type)) {
                out.add(f.code());
            }
        }
        return out;
    }

    private static List<String> cells(Activity a, ActivityType type) {
        List<Activity.Side> places =
                a.foreignSide().stream().filter(s -> s.placeId() != null).toList();
        List<String> out = new ArrayList<>(List.of(
                a.place().code(),
                a.place().name(true),
                places.stream().map(Activity.Side::code).collect(Collectors.joining(";")),
                places.stream().map(s -> s.name(true)).collect(Collectors.joining(";")),
                a.foreignSide().stream()
                        .filter(s -> s.placeId() == null)
                        .map(s -> s.name(true))
                        .collect(Collectors.joining(";"))));
        ActivityDraft d = a.draft();
        for (ActivityField f : ActivityField.values()) {
            if (type == null || f.of(type)) {
                out.add(d.text(f));
            }
        }
        return out;
    }
}
