package org.youcheng.ledger;

/** An exchange event (a conference, an expo, a culture week …), online or in person, and where. */
public record ExchangeEvent(ActivityCommon common, EventKind eventKind, Boolean online, String venue)
        implements ActivityDraft {

    @Override
    public ActivityType type() {
        return ActivityType.EVENT;
    }

    @Override
    public ExchangeEvent with(ActivityCommon common) {
        return new ExchangeEvent(common, eventKind, online, venue);
    }

    @Override
    public Object own(ActivityField f) {
        return switch (f) {
            case EVENT_KIND -> eventKind;
            case ONLINE -> online;
            case VENUE -> venue;
            default -> null;
        };
    }
}
