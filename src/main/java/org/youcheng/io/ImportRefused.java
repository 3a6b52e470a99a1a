package org.youcheng.io;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * A file refused whole because some of its rows are not this account's to import: the rule they break, how many they
 * are and the first of them as a page lists them ("5 (上海市)", a workbook's with the sheet in front). The message
 * is English, for the API and the command line; a page says the rule in its own language beside the rows.
 */
public class ImportRefused extends AccessDeniedException {

    /** Why the rows may not be imported. */
    public enum Rule {
        /** They change ties, or record activities, of places outside the account's scope. */
        SCOPE,
        /** They add or raise a sister or partner tie outside the approval path (an admin's act). */
        SIGNED
    }

    private final Rule rule;
    private final long count;
    private final List<String> rows;

    public ImportRefused(Rule rule, long count, List<String> rows, String message) {
        super(message);
        this.rule = rule;
        this.count = count;
        this.rows = List.copyOf(rows);
    }

    /**
     * Rows that would add a sister or partner tie, or make a tie one, outside the approval path (their row numbers):
     * recording ties signed before the registry is an admin's act.
     */
    static ImportRefused signed(List<Long> refused) {
        List<String> rows = refused.stream().limit(50).map(String::valueOf).toList();
        return new ImportRefused(
                Rule.SIGNED,
                refused.size(),
                rows,
                refused.size() + " rows would "
                        + "add a sister or partner tie, or make a tie one, outside the approval path (row "
                        + String.join(", row ", rows)
                        + "): recording ties signed before the registry is an admin's act "
                        + "(youcheng.approval.signed-records); nothing was imported");
    }

    public Rule rule() {
        return rule;
    }

    public long count() {
        return count;
    }

    /** The first rows refused (at most 50), as a page lists them. */
    public List<String> rows() {
        return rows;
    }
}
