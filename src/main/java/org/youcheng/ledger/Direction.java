package org.youcheng.ledger;

import java.util.List;

/** Which way a delegation went: received (来访) or sent (出访). */
public enum Direction implements Term {
    RECEIVED("来华", "接待", "incoming", "in"),
    SENT("出国", "outgoing", "out");

    private final List<String> words;

    Direction(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
