package org.youcheng.ledger;

import java.util.List;

/** Who received an award or honour. */
public enum RecipientKind implements Term {
    PLACE("城市", "place", "地方", "city"),
    PERSON("个人", "person", "人"),
    ORGANISATION("单位", "organisation", "organization", "机构", "组织");

    private final Words words;

    RecipientKind(String zh, String en, String... words) {
        this.words = new Words(zh, en, List.of(words));
    }

    @Override
    public Words labels() {
        return words;
    }
}
