package org.youcheng.ledger;

import java.util.List;

/** The level of the person who leads a delegation. */
public enum LeaderLevel implements Term {
    HEAD_OF_STATE("国家元首", "head of state", "元首", "国家领导人"),
    MINISTER("部长", "minister", "部长级"),
    GOVERNOR("省长", "governor", "州长", "省长级", "省级"),
    MAYOR("市长", "mayor", "市长级"),
    VICE_MAYOR("副市长", "vice mayor", "副市长级"),
    PARTY_SECRETARY("书记", "party secretary", "市委书记", "党委书记", "省委书记"),
    COUNCIL_SPEAKER("议长", "council speaker", "议会议长", "人大常委会主任", "speaker"),
    DEPARTMENT_HEAD("部门负责人", "department head", "厅局长", "局长", "处长"),
    OTHER("其他", "other");

    private final Words words;

    LeaderLevel(String zh, String en, String... words) {
        this.words = new Words(zh, en, List.of(words));
    }

    @Override
    public Words labels() {
        return words;
    }
}
