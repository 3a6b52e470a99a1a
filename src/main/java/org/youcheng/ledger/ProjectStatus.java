package org.youcheng.ledger;

import java.util.List;

/** Where a cooperation project stands. */
public enum ProjectStatus implements Term {
    PROPOSED("拟议", "proposed", List.of("计划", "洽谈中")),
    ONGOING("在建", "ongoing", List.of("进行中", "实施中")),
    COMPLETED("已完成", "completed", List.of("完成", "建成")),
    STOPPED("已终止", "stopped", List.of("终止", "中止"));

    private final String zh;
    private final String en;
    private final List<String> words;

    ProjectStatus(String zh, String en, List<String> words) {
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
