package org.youcheng.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.youcheng.common.ValidationException;

/** Reads the ISO dates of a period from query parameters, naming the parameter when one is bad. */
final class Periods {

    private Periods() {}

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, value, "an ISO date such as 2025-01-01");
        }
    }
}
