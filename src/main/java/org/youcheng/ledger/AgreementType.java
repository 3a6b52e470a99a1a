package org.youcheng.ledger;

import java.util.List;

/** The type of a signed agreement. */
public enum AgreementType implements Term {
    SISTER_CITY("友好城市协议书", "sister-city agreement", "sister city", "结好协议", "友城协议", "协议书"),
    FRIENDSHIP_COOPERATION("友好合作协议", "friendship-cooperation agreement", "friendship cooperation", "友好交流合作协议"),
    MEMORANDUM("备忘录", "memorandum", "合作备忘录", "谅解备忘录", "mou"),
    LETTER_OF_INTENT("意向书", "letter of intent", "intent", "intent letter", "结好意向书"),
    ANNUAL_PLAN("年度交流合作协议", "annual exchange plan", "年度计划", "年度交流计划"),
    SCHOOL_PARTNERSHIP("校际协议", "school partnership", "姊妹学校协议", "友好学校协议"),
    BUSINESS_CONTRACT("商务合同", "business contract", "合同", "经贸合同"),
    OTHER("其他", "other");

    private final Words words;

    AgreementType(String zh, String en, String... words) {
        this.words = new Words(zh, en, List.of(words));
    }

    @Override
    public Words labels() {
        return words;
    }
}
