package org.youcheng.ledger;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An activity as written, checked for form (see {@link ActivityReader}): one record per type, each with the fields
 * all types share ({@link ActivityCommon}) and its own. The service checks what needs the database (the places, the
 * tie, the account's scope). In JSON it is flat, every field of every type by its code ({@link ActivityDraftJson}).
 */
@JsonSerialize(using = ActivityDraftJson.class)
public sealed interface ActivityDraft permits Delegation, ExchangeEvent, Agreement, CooperationProject, Award {

    ActivityCommon common();

    /** Its type: the one type its own fields belong to ({@link ActivityShape}). */
    default ActivityType type() {
        return ActivityShape.of(this).type();
    }

    /** The same activity with other common fields. */
    default ActivityDraft with(ActivityCommon common) {
        return ActivityShape.of(this).with(this, common);
    }

    /** A field of this type's own, or null for a field of all types or of another type. */
    default Object own(ActivityField f) {
        return ActivityShape.of(this).own(this, f);
    }

    default long placeId() {
        return common().placeId();
    }

    default Long tieId() {
        return common().tieId();
    }

    default List<Partner> partners() {
        return common().partners();
    }

    default String title() {
        return common().title();
    }

    default LocalDate startedOn() {
        return common().startedOn();
    }

    default LocalDate endedOn() {
        return common().endedOn();
    }

    /** The same draft, tied to a tie, with the foreign side it names. */
    default ActivityDraft withTie(Long tie, List<Partner> foreign) {
        return with(common().withTie(tie, foreign));
    }

    /** A field's value (a term, a date, a number, text), or null when it is empty or not a field of this type. */
    default Object value(ActivityField f) {
        Object v = common().value(f);
        return v != null ? v : own(f);
    }

    /** A field's value as {@link ActivityReader} reads it back (a term by its code, a date in ISO form), or null. */
    default String text(ActivityField f) {
        Object v = value(f);
        if (v instanceof Term t) {
            return t.code();
        }
        if (v instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return v == null ? null : v.toString();
    }
}
