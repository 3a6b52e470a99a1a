package org.youcheng.analytics.internal;

import java.time.LocalDate;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Level;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieStatus;

/**
 * A tie seen from the Chinese place that holds it, with a foreign place on the other side: the only ties the
 * figures count (a tie within China is an exchange, never a partner).
 *
 * @param holder  the Chinese place
 * @param partner the foreign place
 * @param signed  null when unknown
 * @param endedOn null when not ended or when the end date is unknown
 * @param reference whether only the reference network states it (kind unverified, no date): counted only for a
 *                  holder without records of its own
 * @param recorded  the day the registry first recorded the tie: an undated tie is known to stand from then on, and
 *                  never counted in a year before it
 */
public record HeldTie(
        long tieId,
        long holder,
        long partner,
        String partnerZh,
        String partnerEn,
        Level partnerLevel,
        String country,
        TieKind kind,
        PartialDate signed,
        TieStatus status,
        LocalDate endedOn,
        boolean reference,
        LocalDate recorded) {

    /**
     * Whether the tie stood at the end of a day: signed by then and not ended by then. An undated tie stands from
     * the day the registry recorded it, never before: the registry cannot say it stood in 1995.
     */
    public boolean liveAt(LocalDate day) {
        if (signed != null ? signed.firstDay().isAfter(day) : recorded.isAfter(day)) {
            return false;
        }
        if (status == TieStatus.ENDED) {
            return endedOn != null && endedOn.isAfter(day);
        }
        return true;
    }

    /** Whether the tie has no signing date and the registry recorded it only after the day. */
    public boolean undatedAfter(LocalDate day) {
        return signed == null && recorded.isAfter(day);
    }

    public String partnerName(boolean chinese) {
        if (chinese) {
            return partnerZh != null ? partnerZh : partnerEn;
        }
        return partnerEn != null ? partnerEn : partnerZh;
    }
}
