package org.youcheng.ledger;

/** A delegation received or sent: its leader's level, how many people, what for. */
public record Delegation(
        ActivityCommon common, Direction direction, LeaderLevel leaderLevel, Integer headCount, String purpose)
        implements ActivityDraft {

    @Override
    public ActivityType type() {
        return ActivityType.DELEGATION;
    }

    @Override
    public Delegation with(ActivityCommon common) {
        return new Delegation(common, direction, leaderLevel, headCount, purpose);
    }

    @Override
    public Object own(ActivityField f) {
        return switch (f) {
            case DIRECTION -> direction;
            case LEADER_LEVEL -> leaderLevel;
            case HEAD_COUNT -> headCount;
            case PURPOSE -> purpose;
            default -> null;
        };
    }
}
