package org.youcheng.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;
import org.youcheng.common.PartialDate;
import org.youcheng.common.ValidationException;
import org.youcheng.network.GraphFilter;
import org.youcheng.registry.TieKind;

/** Reads the graph filter from query parameters (kind, from, to, with_ended) and checks limits, naming bad fields. */
@Component
class GraphParams {

    static final int MAX_LIMIT = 1000;

    GraphFilter filter(List<String> kinds, String from, String to, boolean withEnded) {
        List<FieldError> errors = new ArrayList<>();
        Set<TieKind> set = EnumSet.noneOf(TieKind.class);
        for (String k : kinds == null ? List.<String>of() : kinds) {
            for (String part : k.split(",")) {
                if (!part.isBlank()) {
                    GraphFilter.kind(part)
                            .ifPresentOrElse(
                                    set::add,
                                    () -> errors.add(new FieldError("kind", part, "use " + GraphFilter.KINDS)));
                }
            }
        }
        LocalDate start = date("from", from, false, errors);
        LocalDate end = date("to", to, true, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("to", to, "is before from"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new GraphFilter(set, start, end, withEnded);
    }

    static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", limit, "must be from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    private static LocalDate date(String field, String text, boolean end, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            PartialDate d = PartialDate.parse(text);
            return end ? d.lastDay() : d.firstDay();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, text, e.getMessage()));
            return null;
        }
    }
}
