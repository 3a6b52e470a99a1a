package org.youcheng.ledger;

import java.util.List;

/** The level of the person who leads a delegation. */
public enum LeaderLevel implements Term {
    HEAD_OF_STATE("元首", "国家领导人"),
    MINISTER("部长级"),
    GOVERNOR("州长", "省长级", "省级"),
    MAYOR("市长级"),
    VICE_MAYOR("副市长级"),
    PARTY_SECRETARY("市委书记", "党委书记", "省委书记"),
    COUNCIL_SPEAKER("议会议长", "人大常委会主任", "speaker"),
    DEPARTMENT_HEAD("厅局长", "局长", "处长"),
    OTHER;

    private final List<String> words;

    LeaderLevel(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
