package org.youcheng.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.youcheng.ledger.ActivityField;
import org.youcheng.ledger.ActivityType;
import org.youcheng.ledger.Term;

/**
 * The header of a ledger table or of one sheet of a ledger workbook: what each column holds (an {@link
 * ActivityColumn}, an {@link ActivityField}, or null for a column without a header) and, in a workbook, the type of
 * the sheet's rows.
 */
record ActivityHeader(ActivityType sheetType, List<Object> columns) {

    /**
     * Reads a header; {@code typeSheet} is the sheet's name when it must name a type (a workbook), null in a CSV
     * table; {@code sheet} names the sheet in the problems, when there is one. A header the rows cannot be read by
     * throws {@link BadFileException}.
     */
    static ActivityHeader read(String typeSheet, String sheet, List<String> cells) {
        ActivityType type = null;
        if (typeSheet != null) {
            type = Term.parse(ActivityType.class, typeSheet)
                    .orElseThrow(() -> new BadFileException(
                            "unknown_sheet",
                            "sheet '" + typeSheet + "' is not named by an activity type ("
                                    + Term.accepted(ActivityType.class) + ", or 代表团, 活动, 协议, 合作项目, 奖项荣誉)",
                            null,
                            typeSheet));
        }
        Object[] columns = new Object[cells.size()];
        List<String> unknown = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            String h = cells.get(i);
            if (h == null || h.isBlank()) {
                continue;
            }
            Object c = ActivityColumn.of(h);
            if (c == null) {
                c = ActivityField.parse(h).orElse(null);
            }
            if (c == null) {
                unknown.add(h.strip());
            } else if (!seen.add(c)) {
                throw bad(sheet, "column_twice", "column " + h.strip() + " appears twice in the header", h.strip());
            }
            columns[i] = c;
        }
        if (!unknown.isEmpty()) {
            throw bad(
                    sheet,
                    "unknown_activity_columns",
                    "unknown column" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown),
                    String.join(", ", unknown));
        }
        if (!seen.contains(ActivityColumn.PLACE) && !seen.contains(ActivityColumn.PLACE_CODE)) {
            throw bad(sheet, "missing_column", "missing column place (中方)", "place", "中方");
        }
        if (typeSheet == null && !seen.contains(ActivityColumn.TYPE)) {
            throw new BadFileException(
                    "missing_type_column", "missing column type (类型): a CSV table says each row's type", null);
        }
        return new ActivityHeader(type, Arrays.asList(columns));
    }

    /** A header the rows cannot be read by; in a workbook, naming its sheet. */
    private static BadFileException bad(String sheet, String code, String english, Object... args) {
        if (sheet == null) {
            return new BadFileException(code, english, null, args);
        }
        Object[] withSheet = new Object[args.length + 1];
        withSheet[0] = sheet;
        System.arraycopy(args, 0, withSheet, 1, args.length);
        return new BadFileException("sheet_" + code, "sheet " + sheet + ": " + english, null, withSheet);
    }
}
