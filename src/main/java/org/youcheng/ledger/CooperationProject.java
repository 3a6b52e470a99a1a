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
        implements ActivityDraft {

    @Override
    public ActivityType type() {
        return ActivityType.PROJECT;
    }

    @Override
    public CooperationProject with(ActivityCommon common) {
        return new CooperationProject(common, domain, status, outcome, amount, currency);
    }

    @Override
    public Object own(ActivityField f) {
        return switch (f) {
            case DOMAIN -> domain;
            case STATUS -> status;
            case OUTCOME -> outcome;
            case AMOUNT -> amount;
            case CURRENCY -> currency;
            default -> null;
        };
    }
}
