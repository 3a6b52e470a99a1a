package org.youcheng.web.partner;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.common.FieldError;
import org.youcheng.network.PartnerRequestService;
import org.youcheng.web.TypedList;

/** The form that publishes a partner request, as typed: read into the service's draft, shown again next to errors. */
record PartnerRequestForm(
        String countries,
        List<String> regions,
        String level,
        String populationMin,
        String populationMax,
        List<String> themes,
        String text) {

    static final PartnerRequestForm EMPTY = new PartnerRequestForm("", List.of(), "", "", "", List.of(), "");

    PartnerRequestForm {
        regions = regions == null ? List.of() : regions;
        themes = themes == null ? List.of() : themes;
    }

    /** The errors the service cannot see: populations that are not whole numbers. */
    List<FieldError> badNumbers() {
        List<FieldError> bad = new ArrayList<>();
        number("population_min", populationMin, bad);
        number("population_max", populationMax, bad);
        return bad;
    }

    /** The request for the service to check, of a form without {@link #badNumbers}. */
    PartnerRequestService.Draft draft(long placeId) {
        List<FieldError> ignored = new ArrayList<>();
        return new PartnerRequestService.Draft(
                placeId,
                TypedList.of(countries),
                regions,
                level,
                number("population_min", populationMin, ignored),
                number("population_max", populationMax, ignored),
                themes,
                text);
    }

    private static Long number(String field, String typed, List<FieldError> bad) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String s = typed.strip().replace(",", "").replace("，", "");
        if (!s.matches("\\d{1,15}")) {
            bad.add(new FieldError(field, typed, "a whole number of people"));
            return null;
        }
        return Long.valueOf(s);
    }
}
