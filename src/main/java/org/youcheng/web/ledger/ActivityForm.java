package org.youcheng.web.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;
import org.youcheng.common.ValidationException;
import org.youcheng.ledger.Activity;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.ActivityField;
import org.youcheng.ledger.ActivityReader;
import org.youcheng.ledger.Partner;

/**
 * The activity form's values: the fields by the names the API gives them, plus {@code type}, {@code tieId},
 * {@code organisations} (several separated by semicolons) and {@code version}; and the foreign places ticked.
 * Read from a request, or from a stored activity to be edited.
 */
record ActivityForm(Map<String, String> values, List<Long> partnerIds) {

    private static final String ORGANISATIONS = "organisations";

    static ActivityForm of(MultiValueMap<String, String> params) {
        return new ActivityForm(
                new LinkedHashMap<>(params.toSingleValueMap()),
                params.getOrDefault("partnerIds", List.of()).stream()
                        .filter(s -> s.matches("\\d{1,18}"))
                        .map(Long::valueOf)
                        .toList());
    }

    static ActivityForm of(Activity a) {
        ActivityDraft d = a.draft();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", d.type().code());
        values.put("tieId", d.tieId() == null ? "" : String.valueOf(d.tieId()));
        values.put("version", String.valueOf(a.version()));
        for (ActivityField f : ActivityField.values()) {
            values.put(f.code(), d.text(f));
        }
        values.put(
                ORGANISATIONS,
                d.partners().stream()
                        .map(Partner::organisation)
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining("; ")));
        return new ActivityForm(
                values,
                d.partners().stream()
                        .map(Partner::placeId)
                        .filter(Objects::nonNull)
                        .toList());
    }

    /** The tie the form names, or null; one that is not an id is an error of the form. */
    Long tieId() {
        String tie = values.get("tieId");
        if (tie == null || tie.isBlank()) {
            return null;
        }
        if (!tie.strip().matches("\\d{1,18}")) {
            throw ValidationException.of("tieId", tie, "not a tie");
        }
        return Long.valueOf(tie.strip());
    }

    /** Reads the form as the API reads a body; every bad field is reported. */
    ActivityDraft draft(long placeId, Long tieId) {
        List<Partner> partners =
                new ArrayList<>(partnerIds.stream().map(Partner::place).toList());
        Arrays.stream(values.getOrDefault(ORGANISATIONS, "").split("[;；、\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(o -> partners.add(Partner.organisation(o)));
        Map<String, String> fields = new LinkedHashMap<>();
        for (ActivityField f : ActivityField.values()) {
            fields.put(f.code(), values.get(f.code()));
        }
        return ActivityReader.read(values.get("type"), placeId, tieId, partners, fields);
    }
}
