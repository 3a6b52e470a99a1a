package org.youcheng.ledger;

import java.math.BigDecimal;

/**
 * A cooperation project by domain and status, with its practical outcome and amount when known.
 *
 * @param currency the amount's, CNY when the amount was given without one; null without an amount
 */
public record CooperationProject(
        ActivityCommon common,
        ProjectDomain domain,
        ProjectStatus status,
        String outcome,
        BigDecimal amount,
        String currency)
        implements ActivityDraft {}
