package org.youcheng.security.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of many consecutive entities that one action added at one moment, kept as one audit row (a span): the
 * first line names the fields, each further line holds one entity's values as a JSON array, in id order, with the
 * id first. Read back, line {@code k} is the entry of entity {@code first + k}, its record the JSON object of those
 * fields and values, as a row of its own would hold it.
 */
public final class AuditSpans {

    /** A span of consecutive entity ids and the text that holds their values. */
    public record Span(long first, long last, String text) {

        public Span {
            if (last < first) {
                throw new IllegalArgumentException("a span runs from its first id to its last");
            }
        }

        long size() {
            return last - first + 1;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditSpans() {}

    /**
     * The spans of these rows (each an array of {@code fields}' values, the id first, in rising id order), cut where
     * the ids are not consecutive.
     */
    public static List<Span> of(List<String> fields, List<Object[]> rows) {
        if (fields.isEmpty() || !fields.get(0).equals("id")) {
            throw new IllegalArgumentException("a span's first field is the id");
        }
        String header = json(fields);
        List<Span> spans = new ArrayList<>();
        StringBuilder text = null;
        long first = 0;
        long last = 0;
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            if (text != null && id != last + 1) {
                spans.add(new Span(first, last, text.toString()));
                text = null;
            }
            if (text == null) {
                text = new StringBuilder(header);
                first = id;
            }
            text.append('\n').append(json(row));
            last = id;
        }
        if (text != null) {
            spans.add(new Span(first, last, text.toString()));
        }
        return spans;
    }

    /** A span's text cut into its lines, the fields' names read once for all its entries. */
    record Lines(JsonNode names, String[] lines) {

        /** The record of entity {@code first + k} of the span, as a JSON object. */
        String entry(int k) {
            try {
                JsonNode values = JSON.readTree(lines[k + 1]);
                ObjectNode record = JSON.createObjectNode();
                for (int i = 0; i < names.size(); i++) {
                    record.set(names.get(i).asText(), values.get(i));
                }
                return JSON.writeValueAsString(record);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an audit span's line " + (k + 1) + " cannot be read", e);
            }
        }
    }

    static Lines lines(String text) {
        String[] lines = text.split("\n", -1);
        try {
            return new Lines(JSON.readTree(lines[0]), lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit span's field names cannot be read", e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit span's values", e);
        }
    }
}
