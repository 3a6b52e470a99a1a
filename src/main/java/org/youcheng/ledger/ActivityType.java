package org.youcheng.ledger;

import java.util.List;

/** The five kinds of entry in the ledger. */
public enum ActivityType implements Term {
    DELEGATION("团组", "出访来访", "来访出访"),
    EVENT("交流活动"),
    AGREEMENT("协议签署", "签约"),
    PROJECT("cooperation project", "cooperation_project", "项目"),
    AWARD("award and honour", "honour", "奖项", "荣誉");

    private final List<String> words;

    ActivityType(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
