package org.youcheng.ledger;

import java.util.List;

/** The type of a signed agreement. */
public enum AgreementType implements Term {
    SISTER_CITY("友好城市协议书", "sister-city agreement", List.of("sister city", "结好协议", "友城协议", "协议书")),
    FRIENDSHIP_COOPERATION("友好合作协议", "friendship-cooperation agreement", List.of("friendship cooperation", "友好交流合作协议")),
    MEMORANDUM("备忘录", "memorandum", List.of("合作备忘录", "谅解备忘录", "mou")),
    LETTER_OF_INTENT("意向书", "letter of intent", List.of("intent", "intent letter", "结好意向书")),
    ANNUAL_PLAN("年度交流合作协议", "annual exchange plan", List.of("年度计划", "年度交流计划")),
    SCHOOL_PARTNERSHIP("校际协议", "school partnership", List.of("姊妹学校协议", "友好学校协议")),
    BUSINESS_CONTRACT("商务合同", "business contract", List.of("合同", "经贸合同")),
    OTHER("其他", "other", List.of());

    private final String zh;
    private final String en;
    private final List<String> words;

    AgreementType(String zh, String en, List<String> words) {
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
