package org.youcheng.ledger;

/** An agreement signed (协议书, 备忘录, 意向书 …) and by whom. */
public record Agreement(ActivityCommon common, AgreementType agreementType, String parties) implements ActivityDraft {

    @Override
    public ActivityType type() {
        return ActivityType.AGREEMENT;
    }

    @Override
    public Agreement with(ActivityCommon common) {
        return new Agreement(common, agreementType, parties);
    }

    @Override
    public Object own(ActivityField f) {
        return switch (f) {
            case AGREEMENT_TYPE -> agreementType;
            case PARTIES -> parties;
            default -> null;
        };
    }
}
