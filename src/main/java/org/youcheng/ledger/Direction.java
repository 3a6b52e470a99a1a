package org.youcheng.ledger;

import java.util.List;

/** Which way a delegation went: received (来访) or sent (出访). */
public enum Direction implements Term {
    RECEIVED("来访", "received", "来华", "接待", "incoming", "in"),
    SENT("出访", "sent", "出国", "outgoing", "out");

    private final Words words;

    Direction(String zh, String en, String... words) {
        this.words = new Words(zh, en, List.of(words));
    }

    @Override
    public Words labels() {
        return words;
    }
}
