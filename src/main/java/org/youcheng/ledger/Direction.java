package org.youcheng.ledger;

import java.util.List;

/** Which way a delegation went: received (来访) or sent (出访). */
public enum Direction implements Term {
    RECEIVED("来访", "received", List.of("来华", "接待", "incoming", "in")),
    SENT("出访", "sent", List.of("出国", "outgoing", "out"));

    private final String zh;
    private final String en;
    private final List<String> words;

    Direction(String zh, String en, List<String> words) {
        this.zh = zh;
        this.en = en;
        this.words = words;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    @Override
    public List<String> words() {
        return words;
    }
}
