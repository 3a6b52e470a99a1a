package org.youcheng.ledger;

import java.util.List;

/** The five kinds of entry in the ledger. */
public enum ActivityType implements Term {
    DELEGATION("代表团", "delegation", "团组", "出访来访", "来访出访"),
    EVENT("活动", "event", "交流活动"),
    AGREEMENT("协议", "agreement", "协议签署", "签约"),
    PROJECT("合作项目", "project", "cooperation project", "cooperation_project", "项目"),
    AWARD("奖项荣誉", "award", "award and honour", "honour", "奖项", "荣誉");

    private final Words words;

    ActivityType(String zh, String en, String... words) {
        this.words = new Words(zh, en, List.of(words));
    }

    @Override
    public Words labels() {
        return words;
    }
}
