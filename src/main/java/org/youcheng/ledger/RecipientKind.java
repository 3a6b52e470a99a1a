package org.youcheng.ledger;

import java.util.List;

/** Who received an award or honour. */
public enum RecipientKind implements Term {
    PLACE("地方", "city"),
    PERSON("人"),
    ORGANISATION("organization", "机构", "组织");

    private final List<String> words;

    RecipientKind(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
