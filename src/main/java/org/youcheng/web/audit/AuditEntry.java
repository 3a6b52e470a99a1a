package org.youcheng.web.audit;

import java.util.List;

/**
 * One audit entry as a person reads it: when (local time), who and from where, what was done in words, to what (a
 * name, linked where the thing still has a page), and what changed, field by field.
 *
 * @param link the page of what was changed, or null
 */
record AuditEntry(
        long id,
        String when,
        String isoTime,
        String actor,
        String channel,
        String action,
        String what,
        String link,
        List<Change> changes) {

    /** Whether every field only appeared or only went (a create, a delete): read as one line of values. */
    public boolean oneSided() {
        return changes.stream().allMatch(c -> c.before() == null)
                || changes.stream().allMatch(c -> c.after() == null);
    }

    /** One field: its name in words and its value before and after (null: none). */
    record Change(String field, String before, String after) {

        /** The value there is, for a one-sided entry. */
        public String value() {
            return after != null ? after : before;
        }
    }
}
