package org.youcheng.ledger;

import java.util.List;

/** The type of a signed agreement. */
public enum AgreementType implements Term {
    SISTER_CITY("sister city", "结好协议", "友城协议", "协议书"),
    FRIENDSHIP_COOPERATION("friendship cooperation", "友好交流合作协议"),
    MEMORANDUM("合作备忘录", "谅解备忘录", "mou"),
    LETTER_OF_INTENT("intent", "intent letter", "结好意向书"),
    ANNUAL_PLAN("年度计划", "年度交流计划"),
    SCHOOL_PARTNERSHIP("姊妹学校协议", "友好学校协议"),
    BUSINESS_CONTRACT("合同", "经贸合同"),
    OTHER;

    private final List<String> words;

    AgreementType(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
