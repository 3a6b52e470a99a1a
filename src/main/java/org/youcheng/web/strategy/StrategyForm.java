package org.youcheng.web.strategy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.youcheng.analytics.Strategy;
import org.youcheng.analytics.StrategyReader;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;

/**
 * The rows of the strategy form as typed. They are read by {@link StrategyReader}, the reader of
 * {@code youcheng strategy NAME --set FILE} and of the API, so that a layout saved here obeys the same rules; the
 * reader's errors ({@code regions[2].verb}) are put back on the form's own rows. Rows left blank are no region.
 */
record StrategyForm(List<Row> rows) {

    /** The most rows the form offers: every strategy region once. */
    static final int MAX_ROWS = org.youcheng.registry.Region.values().length;

    record Row(String region, String verb, String target) {

        boolean blank() {
            return empty(region) && empty(verb) && empty(target);
        }
    }

    /** The layout, or the reader's errors with each field named {@code row-N.region} after the form's row N. */
    Strategy read(ObjectMapper json) {
        List<Map<String, Object>> entries = new ArrayList<>();
        List<Integer> formRow = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.blank()) {
                continue;
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("region", empty(r.region()) ? null : r.region().strip());
            e.put("verb", empty(r.verb()) ? null : r.verb().strip());
            if (!empty(r.target())) {
                String t = r.target().strip();
                // a number is given as one; anything else as the text typed, for the reader to refuse by name
                e.put("target", t.matches("\\d{1,9}") ? (Object) Integer.valueOf(t) : t);
            }
            entries.add(e);
            formRow.add(i);
        }
        try {
            return StrategyReader.read(json.writeValueAsString(Map.of("regions", entries)));
        } catch (ValidationException e) {
            throw new ValidationException(
                    e.errors().stream().map(f -> onRow(f, formRow)).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FieldError onRow(FieldError f, List<Integer> formRow) {
        var m = java.util.regex.Pattern.compile("regions\\[(\\d+)](?:\\.(\\w+))?")
                .matcher(f.field());
        if (!m.matches()) {
            return f;
        }
        String field = "row-" + formRow.get(Integer.parseInt(m.group(1)));
        return new FieldError(m.group(2) == null ? field : field + "." + m.group(2), f.value(), f.message(), f.code());
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }
}
