package org.youcheng.ledger;

/** An award or honour, of a year, granted to a place, an organisation or a person. */
public record Award(
        ActivityCommon common, String grantingBody, Integer year, RecipientKind recipientKind, String recipient)
        implements ActivityDraft {

    @Override
    public ActivityType type() {
        return ActivityType.AWARD;
    }

    @Override
    public Award with(ActivityCommon common) {
        return new Award(common, grantingBody, year, recipientKind, recipient);
    }

    @Override
    public Object own(ActivityField f) {
        return switch (f) {
            case GRANTING_BODY -> grantingBody;
            case YEAR -> year;
            case RECIPIENT_KIND -> recipientKind;
            case RECIPIENT -> recipient;
            default -> null;
        };
    }
}
