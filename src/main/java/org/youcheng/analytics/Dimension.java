package org.youcheng.analytics;

import org.youcheng.common.CodedTerm;

/** The five dimensions of the national friendship-interaction index (城市友好交往度). */
public enum Dimension implements CodedTerm {
    LENGTH("长度", "length"),
    BREADTH("广度", "breadth"),
    DEPTH("深度", "depth"),
    HEAT("热度", "heat"),
    FREQUENCY("频度", "frequency");

    private final String zh;
    private final String en;

    Dimension(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
