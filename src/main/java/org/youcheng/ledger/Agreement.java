package org.youcheng.ledger;

/** An agreement signed (协议书, 备忘录, 意向书 …) and by whom. */
public record Agreement(ActivityCommon common, AgreementType agreementType, String parties) implements ActivityDraft {}
