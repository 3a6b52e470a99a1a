package org.youcheng.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.youcheng.common.FieldError;
import org.youcheng.common.PartialDate;
import org.youcheng.common.ValidationException;

/**
 * Reads an activity's fields as text (a JSON body's values, a file's cells) into a draft, the same way for the API,
 * the forms and imports: every field of the wrong type, every missing required one, every unreadable value is
 * reported, not only the first.
 */
public final class ActivityReader {

    public static final int MAX_TEXT = 300;
    static final int MAX_LONG_TEXT = 2000;

    private ActivityReader() {}

    /**
     * @param type     the type's code or word (delegation, 代表团 …)
     * @param placeId  the Chinese side, already found by the caller
     * @param fields   the other fields by their codes ({@link ActivityField}); blank values count as absent
     * @throws ValidationException naming every bad field
     */
    public static ActivityDraft read(
            String type, long placeId, Long tieId, List<Partner> partners, Map<String, String> fields) {
        List<FieldError> errors = new ArrayList<>();
        ActivityType t = Term.parse(ActivityType.class, type).orElse(null);
        if (t == null) {
            errors.add(new FieldError(
                    "type",
                    type,
                    type == null || type.isBlank()
                            ? "required: one of " + Term.accepted(ActivityType.class)
                            : "unknown type; use " + Term.accepted(ActivityType.class),
                    type == null || type.isBlank() ? "required" : "unknown_type"));
            throw new ValidationException(errors);
        }
        Map<ActivityField, String> v = new EnumMap<>(ActivityField.class);
        fields.forEach((name, value) -> {
            ActivityField f = ActivityField.parse(name).orElse(null);
            String text = value == null || value.isBlank() ? null : value.strip();
            if (f == null) {
                errors.add(new FieldError(name, value, "unknown field", "unknown_field"));
            } else if (text != null && !f.of(t)) {
                errors.add(new FieldError(f.code(), value, "not a field of " + article(t.en()), "wrong_type_field"));
            } else if (text != null) {
                v.put(f, text);
            }
        });
        for (ActivityField f : ActivityField.values()) {
            if (f.requiredFor(t) && !v.containsKey(f)) {
                errors.add(new FieldError(f.code(), null, "required for " + article(t.en()), "required"));
            }
        }
        Reading r = new Reading(v, errors);
        String title = r.text(ActivityField.TITLE, MAX_TEXT);
        LocalDate started = r.date(ActivityField.STARTED_ON);
        LocalDate ended = r.date(ActivityField.ENDED_ON);
        Direction direction = r.term(ActivityField.DIRECTION, Direction.class);
        LeaderLevel level = r.term(ActivityField.LEADER_LEVEL, LeaderLevel.class);
        Integer headCount = r.number(ActivityField.HEAD_COUNT, 1, 100_000);
        String purpose = r.text(ActivityField.PURPOSE, 1000);
        EventKind eventKind = r.term(ActivityField.EVENT_KIND, EventKind.class);
        Boolean online = r.bool(ActivityField.ONLINE);
        String venue = r.text(ActivityField.VENUE, MAX_TEXT);
        AgreementType agreementType = r.term(ActivityField.AGREEMENT_TYPE, AgreementType.class);
        String parties = r.text(ActivityField.PARTIES, 1000);
        ProjectDomain domain = r.term(ActivityField.DOMAIN, ProjectDomain.class);
        ProjectStatus status = r.term(ActivityField.STATUS, ProjectStatus.class);
        String outcome = r.text(ActivityField.OUTCOME, MAX_LONG_TEXT);
        BigDecimal amount = r.amount(ActivityField.AMOUNT);
        String currency = r.currency(ActivityField.CURRENCY);
        String grantingBody = r.text(ActivityField.GRANTING_BODY, MAX_TEXT);
        Integer year = r.number(ActivityField.YEAR, 1949, 2999);
        RecipientKind recipientKind = r.term(ActivityField.RECIPIENT_KIND, RecipientKind.class);
        String recipient = r.text(ActivityField.RECIPIENT, MAX_TEXT);
        String sources = r.text(ActivityField.SOURCES, MAX_LONG_TEXT);
        String note = r.text(ActivityField.NOTE, MAX_LONG_TEXT);
        if (t == ActivityType.AWARD && started == null && year != null) {
            started = LocalDate.of(year, 1, 1); // an award is known by its year; the ledger dates it to the year
        }
        if (t == ActivityType.AWARD && started != null && year != null && started.getYear() != year) {
            errors.add(new FieldError(
                    "started_on",
                    v.get(ActivityField.STARTED_ON),
                    "not in the award's year " + year,
                    "date_not_in_year"));
        }
        if (started != null && ended != null && ended.isBefore(started)) {
            errors.add(new FieldError(
                    "ended_on",
                    v.get(ActivityField.ENDED_ON),
                    "ends before it starts (" + started + ")",
                    "ends_before_start"));
        }
        if (amount == null && currency != null) {
            errors.add(new FieldError("currency", currency, "a currency without an amount", "currency_without_amount"));
        }
        if (t != ActivityType.AWARD && partners.isEmpty() && tieId == null) {
            errors.add(new FieldError(
                    "partners", null, "name one or more foreign places or organisations, or the " + "tie", "required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ActivityCommon common = new ActivityCommon(placeId, tieId, partners, title, started, ended, sources, note);
        return switch (t) {
            case DELEGATION -> new Delegation(common, direction, level, headCount, purpose);
            case EVENT -> new ExchangeEvent(common, eventKind, online, venue);
            case AGREEMENT -> new Agreement(common, agreementType, parties);
            // an amount without a currency is in yuan, the currency offices report in
            case PROJECT ->
                new CooperationProject(
                        common, domain, status, outcome, amount, amount != null && currency == null ? "CNY" : currency);
            case AWARD -> new Award(common, grantingBody, year, recipientKind, recipient);
        };
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** The values of one draft being read, and the errors found so far. */
    private record Reading(Map<ActivityField, String> v, List<FieldError> errors) {

        String text(ActivityField f, int max) {
            String s = v.get(f);
            if (s != null && s.length() > max) {
                errors.add(new FieldError(
                        f.code(), s.substring(0, 40) + "…", "longer than " + max + " characters", "too_long"));
                return null;
            }
            return s;
        }

        LocalDate date(ActivityField f) {
            return parse(
                    f,
                    s -> {
                        PartialDate d = PartialDate.parse(s);
                        if (d.precision() != PartialDate.Precision.DAY) {
                            throw new IllegalArgumentException("a day is needed (2024-05-18 or 2024年5月18日)");
                        }
                        return d.firstDay();
                    },
                    "a date such as 2024-05-18 or 2024年5月18日",
                    "bad_date");
        }

        <T extends Enum<T> & Term> T term(ActivityField f, Class<T> type) {
            String s = v.get(f);
            if (s == null) {
                return null;
            }
            T t = Term.parse(type, s).orElse(null);
            if (t == null) {
                errors.add(new FieldError(
                        f.code(), s, "unknown value; use " + Term.accepted(type), "unknown_" + f.code()));
            }
            return t;
        }

        Integer number(ActivityField f, int min, int max) {
            String s = v.get(f);
            if (s == null) {
                return null;
            }
            try {
                int n = new BigDecimal(s).intValueExact();
                if (n < min || n > max) {
                    errors.add(new FieldError(f.code(), s, "must be between " + min + " and " + max, "out_of_range"));
                    return null;
                }
                return n;
            } catch (ArithmeticException | NumberFormatException e) {
                errors.add(new FieldError(f.code(), s, "a whole number is needed", "not_a_number"));
                return null;
            }
        }

        Boolean bool(ActivityField f) {
            return parse(
                    f,
                    s -> switch (s.toLowerCase(Locale.ROOT)) {
                        case "true", "yes", "1", "online", "video", "是", "线上", "视频", "云外事" -> Boolean.TRUE;
                        case "false", "no", "0", "in person", "in_person", "否", "线下", "现场" -> Boolean.FALSE;
                        default -> throw new IllegalArgumentException();
                    },
                    "true (online, 线上, 云外事) or false (in person, 线下)",
                    "not_a_boolean");
        }

        BigDecimal amount(ActivityField f) {
            BigDecimal a =
                    parse(f, s -> new BigDecimal(s.replace(",", "")), "a number such as 1250000.00", "not_a_number");
            if (a != null && (a.signum() < 0 || a.scale() > 2 || a.precision() - a.scale() > 16)) {
                errors.add(new FieldError(
                        f.code(), v.get(f), "a positive amount with at most two decimals", "out_of_range"));
                return null;
            }
            return a;
        }

        String currency(ActivityField f) {
            String s = v.get(f);
            if (s != null && !s.matches("[A-Za-z]{3}")) {
                errors.add(new FieldError(f.code(), s, "an ISO 4217 code such as CNY, EUR, JPY", "bad_currency"));
                return null;
            }
            return s == null ? null : s.toUpperCase(Locale.ROOT);
        }

        private <T> T parse(ActivityField f, Function<String, T> parser, String expected, String code) {
            String s = v.get(f);
            if (s == null) {
                return null;
            }
            try {
                return parser.apply(s);
            } catch (RuntimeException e) {
                String why = e.getMessage() != null
                                && e instanceof IllegalArgumentException
                                && !(e instanceof NumberFormatException)
                        ? e.getMessage()
                        : expected;
                errors.add(new FieldError(f.code(), s, why, code));
                return null;
            }
        }
    }
}
