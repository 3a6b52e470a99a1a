package org.youcheng.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * A place's dormant ties at a day: live ties (not intents) with no activity and no signing in the {@code years}
 * before it. {@code ledgerKept} is false when the place had recorded no exchange at all by then: dormancy needs
 * the ledger, so the list is empty and the pages say why instead of calling every tie dormant.
 */
public record Dormancy(boolean ledgerKept, int years, LocalDate asOf, List<TieHealth> dormant) {}
