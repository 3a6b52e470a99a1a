package org.youcheng.ledger;

import java.util.List;

/** The kind of an exchange event. */
public enum EventKind implements Term {
    CONFERENCE("会议", "conference", "大会", "论坛会议"),
    EXPO("博览会", "expo", "展会"),
    FORUM("论坛", "forum"),
    CULTURE_WEEK("文化周", "culture week", "文化节", "文化年"),
    EXHIBITION("展览", "exhibition", "图片展", "摄影展"),
    PERFORMANCE("演出", "performance", "文艺演出"),
    SPORTS("体育赛事", "sports", "体育", "比赛"),
    YOUTH_CAMP("青少年夏令营", "youth camp", "夏令营", "冬令营"),
    SCHOOL_EXCHANGE("校际交流", "school exchange", "学校交流"),
    ANNIVERSARY("结好周年庆祝", "anniversary celebration", "周年庆", "周年纪念", "anniversary"),
    TRADE_FAIR("经贸洽谈会", "trade fair", "洽谈会", "交易会"),
    OTHER("其他", "other");

    private final Words words;

    EventKind(String zh, String en, String... words) {
        this.words = new Words(zh, en, List.of(words));
    }

    @Override
    public Words labels() {
        return words;
    }
}
