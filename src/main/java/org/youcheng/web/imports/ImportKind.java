package org.youcheng.web.imports;

import java.util.Optional;

/** What an uploaded file is: a tie table, or a ledger workbook of activities. */
enum ImportKind {
    TIES,
    LEDGER;

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<ImportKind> parse(String text) {
        for (ImportKind k : values()) {
            if (k.code().equals(text)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
