package org.youcheng.ledger;

/** A delegation received or sent: its leader's level, how many people, what for. */
public record Delegation(
        ActivityCommon common, Direction direction, LeaderLevel leaderLevel, Integer headCount, String purpose)
        implements ActivityDraft {}
