package org.youcheng.ledger;

import java.time.LocalDate;
import java.util.Map;

/**
 * How a tie is kept, derived from its ledger and never typed in: its last activity, its activities per year,
 * whether it has a substantive project (ongoing or completed), and whether it is dormant — a live tie with no
 * activity (nor a signing) in the last {@code youcheng.ledger.dormant-after-years} years.
 */
public record TieHealth(
        long tieId,
        long domesticId,
        Activity.Side partner,
        LocalDate signedOn,
        LocalDate lastActivity,
        int activities,
        Map<Integer, Integer> activitiesPerYear,
        boolean substantiveProject,
        boolean dormant) {}
