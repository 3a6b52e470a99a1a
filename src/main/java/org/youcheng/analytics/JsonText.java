package org.youcheng.analytics;

import com.fasterxml.jackson.databind.util.StdConverter;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.TieKind;

/** How the figures' values read in JSON: a kind by its code, a partial date at its own precision (1974-02). */
final class JsonText {

    private JsonText() {}

    static final class Kind extends StdConverter<TieKind, String> {
        @Override
        public String convert(TieKind value) {
            return value.code();
        }
    }

    static final class Date extends StdConverter<PartialDate, String> {
        @Override
        public String convert(PartialDate value) {
            return value.toString();
        }
    }
}
