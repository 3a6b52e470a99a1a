package org.youcheng.ledger;

import java.util.List;

/** The level of the person who leads a delegation. */
public enum LeaderLevel implements Term {
    HEAD_OF_STATE("国家元首", "head of state", List.of("元首", "国家领导人")),
    MINISTER("部长", "minister", List.of("部长级")),
    GOVERNOR("省长", "governor", List.of("州长", "省长级", "省级")),
    MAYOR("市长", "mayor", List.of("市长级")),
    VICE_MAYOR("副市长", "vice mayor", List.of("副市长级")),
    PARTY_SECRETARY("书记", "party secretary", List.of("市委书记", "党委书记", "省委书记")),
    COUNCIL_SPEAKER("议长", "council speaker", List.of("议会议长", "人大常委会主任", "speaker")),
    DEPARTMENT_HEAD("部门负责人", "department head", List.of("厅局长", "局长", "处长")),
    OTHER("其他", "other", List.of());

    private final String zh;
    private final String en;
    private final List<String> words;

    LeaderLevel(String zh, String en, List<String> words) {
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
