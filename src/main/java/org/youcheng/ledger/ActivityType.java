package org.youcheng.ledger;

import java.util.List;

/** The five kinds of entry in the ledger. */
public enum ActivityType implements Term {
    DELEGATION("代表团", "delegation", List.of("团组", "出访来访", "来访出访")),
    EVENT("活动", "event", List.of("交流活动")),
    AGREEMENT("协议", "agreement", List.of("协议签署", "签约")),
    PROJECT("合作项目", "project", List.of("cooperation project", "cooperation_project", "项目")),
    AWARD("奖项荣誉", "award", List.of("award and honour", "honour", "奖项", "荣誉"));

    private final String zh;
    private final String en;
    private final List<String> words;

    ActivityType(String zh, String en, List<String> words) {
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
