package org.youcheng.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.ActivityReader;
import org.youcheng.ledger.Partner;

/**
 * Reads an activity's JSON body: {@code type}, {@code place_id}, {@code tie_id}, {@code partners} (a list of
 * {@code {"place_id": …}} or {@code {"organisation": "…"}}), {@code version} for a change, and the fields of its
 * type ({@code ActivityField}), which {@link ActivityReader} checks as the import does.
 */
@Component
class ActivityRequestReader {

    private static final Set<String> OWN = Set.of("type", "place_id", "tie_id", "partners", "version");

    /** A change: the draft and the version it was based on. */
    record Change(int version, ActivityDraft draft) {}

    ActivityDraft create(JsonNode body) {
        return read(body, new ArrayList<>());
    }

    Change change(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode v = body == null ? null : body.get("version");
        Integer version = v != null && v.canConvertToInt() && v.isIntegralNumber() ? v.intValue() : null;
        if (version == null) {
            errors.add(new FieldError(
                    "version",
                    v == null ? null : v.asText(),
                    "required: the version the change is based on",
                    "required"));
        }
        ActivityDraft d = read(body, errors);
        return new Change(version, d);
    }

    private ActivityDraft read(JsonNode body, List<FieldError> errors) {
        if (body == null || !body.isObject()) {
            throw ValidationException.of("body", null, "a JSON object is required");
        }
        Long placeId = id(body, "place_id", true, errors);
        Long tieId = id(body, "tie_id", false, errors);
        List<Partner> partners = new ArrayList<>();
        JsonNode ps = body.get("partners");
        if (ps != null && !ps.isNull()) {
            if (!ps.isArray()) {
                errors.add(new FieldError(
                        "partners", ps.toString(), "a list of {place_id} or {organisation}", "bad_partner"));
            } else {
                for (int i = 0; i < ps.size(); i++) {
                    JsonNode p = ps.get(i);
                    JsonNode place = p.get("place_id");
                    JsonNode org = p.get("organisation");
                    if (place != null && place.isIntegralNumber() && (org == null || org.isNull())) {
                        partners.add(Partner.place(place.longValue()));
                    } else if (org != null
                            && org.isTextual()
                            && !org.asText().isBlank()
                            && (place == null || place.isNull())) {
                        partners.add(Partner.organisation(org.asText()));
                    } else {
                        errors.add(new FieldError(
                                "partners[" + i + "]",
                                p.toString(),
                                "a place_id (a number) or an organisation (a name), not both",
                                "bad_partner"));
                    }
                }
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        body.properties().forEach(e -> {
            if (OWN.contains(e.getKey())) {
                return;
            }
            JsonNode v = e.getValue();
            if (v.isContainerNode()) {
                errors.add(new FieldError(e.getKey(), v.toString(), "a single value is needed", "not_a_value"));
            } else {
                fields.put(e.getKey(), v.isNull() ? null : v.asText());
            }
        });
        JsonNode type = body.get("type");
        try {
            ActivityDraft d = ActivityReader.read(
                    type == null || type.isNull() ? null : type.asText(),
                    placeId == null ? 0 : placeId,
                    tieId,
                    partners,
                    fields);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return d;
        } catch (ValidationException e) {
            List<FieldError> all = new ArrayList<>(errors);
            all.addAll(e.errors());
            throw new ValidationException(all);
        }
    }

    private static Long id(JsonNode body, String field, boolean required, List<FieldError> errors) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                errors.add(new FieldError(field, null, "required: the id of the place", "required"));
            }
            return null;
        }
        if (!v.isIntegralNumber()) {
            errors.add(new FieldError(field, v.asText(), "an id (a whole number)", "not_a_number"));
            return null;
        }
        return v.longValue();
    }
}
