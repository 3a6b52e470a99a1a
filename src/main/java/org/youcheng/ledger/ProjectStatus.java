package org.youcheng.ledger;

import java.util.List;

/** Where a cooperation project stands. */
public enum ProjectStatus implements Term {
    PROPOSED("计划", "洽谈中"),
    ONGOING("进行中", "实施中"),
    COMPLETED("完成", "建成"),
    STOPPED("终止", "中止");

    private final List<String> words;

    ProjectStatus(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
