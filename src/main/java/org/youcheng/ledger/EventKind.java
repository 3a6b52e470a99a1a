package org.youcheng.ledger;

import java.util.List;

/** The kind of an exchange event. */
public enum EventKind implements Term {
    CONFERENCE("大会", "论坛会议"),
    EXPO("展会"),
    FORUM,
    CULTURE_WEEK("文化节", "文化年"),
    EXHIBITION("图片展", "摄影展"),
    PERFORMANCE("文艺演出"),
    SPORTS("体育", "比赛"),
    YOUTH_CAMP("夏令营", "冬令营"),
    SCHOOL_EXCHANGE("学校交流"),
    ANNIVERSARY("周年庆", "周年纪念", "anniversary"),
    TRADE_FAIR("洽谈会", "交易会"),
    OTHER;

    private final List<String> words;

    EventKind(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
