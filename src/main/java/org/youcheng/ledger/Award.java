package org.youcheng.ledger;

/** An award or honour, of a year, granted to a place, an organisation or a person. */
public record Award(
        ActivityCommon common, String grantingBody, Integer year, RecipientKind recipientKind, String recipient)
        implements ActivityDraft {}
