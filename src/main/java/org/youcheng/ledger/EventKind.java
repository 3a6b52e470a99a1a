package org.youcheng.ledger;

import java.util.List;

/** The kind of an exchange event. */
public enum EventKind implements Term {
    CONFERENCE("会议", "conference", List.of("大会", "论坛会议")),
    EXPO("博览会", "expo", List.of("展会")),
    FORUM("论坛", "forum", List.of()),
    CULTURE_WEEK("文化周", "culture week", List.of("文化节", "文化年")),
    EXHIBITION("展览", "exhibition", List.of("图片展", "摄影展")),
    PERFORMANCE("演出", "performance", List.of("文艺演出")),
    SPORTS("体育赛事", "sports", List.of("体育", "比赛")),
    YOUTH_CAMP("青少年夏令营", "youth camp", List.of("夏令营", "冬令营")),
    SCHOOL_EXCHANGE("校际交流", "school exchange", List.of("学校交流")),
    ANNIVERSARY("结好周年庆祝", "anniversary celebration", List.of("周年庆", "周年纪念", "anniversary")),
    TRADE_FAIR("经贸洽谈会", "trade fair", List.of("洽谈会", "交易会")),
    OTHER("其他", "other", List.of());

    private final String zh;
    private final String en;
    private final List<String> words;

    EventKind(String zh, String en, List<String> words) {
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
