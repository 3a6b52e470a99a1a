package org.youcheng.ledger;

/** An exchange event (a conference, an expo, a culture week …), online or in person, and where. */
public record ExchangeEvent(ActivityCommon common, EventKind eventKind, Boolean online, String venue)
        implements ActivityDraft {}
