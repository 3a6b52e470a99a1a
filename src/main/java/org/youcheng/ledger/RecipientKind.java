package org.youcheng.ledger;

import java.util.List;

/** Who received an award or honour. */
public enum RecipientKind implements Term {
    PLACE("城市", "place", List.of("地方", "city")),
    PERSON("个人", "person", List.of("人")),
    ORGANISATION("单位", "organisation", List.of("organization", "机构", "组织"));

    private final String zh;
    private final String en;
    private final List<String> words;

    RecipientKind(String zh, String en, List<String> words) {
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
