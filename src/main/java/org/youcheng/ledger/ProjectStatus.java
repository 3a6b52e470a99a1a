package org.youcheng.ledger;

import java.util.List;

/** Where a cooperation project stands. */
public enum ProjectStatus implements Term {
    PROPOSED("拟议", "proposed", "计划", "洽谈中"),
    ONGOING("在建", "ongoing", "进行中", "实施中"),
    COMPLETED("已完成", "completed", "完成", "建成"),
    STOPPED("已终止", "stopped", "终止", "中止");

    private final Words words;

    ProjectStatus(String zh, String en, String... words) {
        this.words = new Words(zh, en, List.of(words));
    }

    @Override
    public Words labels() {
        return words;
    }
}
