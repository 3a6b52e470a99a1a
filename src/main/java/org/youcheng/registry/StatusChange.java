package org.youcheng.registry;

import java.time.Instant;

/** One entry of a tie's status history. */
public record StatusChange(TieStatus status, Instant changedAt, String reason) {}
