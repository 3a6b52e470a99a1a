package org.youcheng.web.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.youcheng.registry.Places;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.TieView;
import org.youcheng.security.AuditEvent;
import org.youcheng.web.Languages;

/**
 * Turns audit entries into what an admin reads: the action and the field names in the page's language
 * ({@code audit.action.*}, {@code audit.field.*}, the code itself where no words are written), kinds and statuses
 * in words, the time in the server's zone to the second, and of a change only the fields that changed.
 */
@Component
class AuditEntries {

    /** Bookkeeping every record carries, which says nothing to a reader. */
    private static final Set<String> QUIET = Set.of("id", "version", "created_at", "updated_at", "password_hash");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MessageSource messages;
    private final TieService ties;
    private final Places places;
    private final ObjectMapper json = new ObjectMapper();
    private final ZoneId zone = ZoneId.systemDefault();

    AuditEntries(MessageSource messages, TieService ties, Places places) {
        this.messages = messages;
        this.ties = ties;
        this.places = places;
    }

    ZoneId zone() {
        return zone;
    }

    List<AuditEntry> of(List<AuditEvent> events, Locale locale) {
        boolean zh = Languages.chinese(locale);
        return events.stream().map(e -> entry(e, locale, zh)).toList();
    }

    private AuditEntry entry(AuditEvent e, Locale locale, boolean zh) {
        String[] what = what(e, zh);
        return new AuditEntry(
                e.id(),
                WHEN.format(e.at().atZone(zone)),
                e.at().toString(),
                e.actorName(),
                words("audit.channel." + e.channel(), e.channel(), locale),
                words("audit.action." + e.action(), e.action(), locale),
                what[0],
                what[1],
                changes(e.before(), e.after(), locale, zh));
    }

    /** What the entry is about, by name where it still exists, and its page. */
    private String[] what(AuditEvent e, boolean zh) {
        Long id = e.entityId();
        String plain = e.entity() + (id == null ? "" : " " + id);
        if (id == null) {
            return new String[] {plain, null};
        }
        if (e.entity().equals("tie")) {
            Optional<TieView> v = view(id);
            return v.map(t -> new String[] {
                        t.domestic().name(zh) + " – " + t.partner().name(zh), "/ties/" + id
                    })
                    .orElse(new String[] {plain, null});
        }
        if (e.entity().equals("place")) {
            return places.find(id)
                    .map(p -> new String[] {p.name(zh), "/places/" + id})
                    .orElse(new String[] {plain, null});
        }
        return new String[] {plain, null};
    }

    private Optional<TieView> view(long id) {
        try {
            return Optional.of(ties.view(id));
        } catch (org.youcheng.common.NotFoundException gone) {
            return Optional.empty();
        }
    }

    /** The fields that differ between before and after; all of a create's (or a delete's) that have a value. */
    List<AuditEntry.Change> changes(String before, String after, Locale locale, boolean zh) {
        Map<String, JsonNode> b = fields(before);
        Map<String, JsonNode> a = fields(after);
        Set<String> names = new LinkedHashSet<>(b.keySet());
        names.addAll(a.keySet());
        List<AuditEntry.Change> out = new ArrayList<>();
        for (String name : names) {
            if (QUIET.contains(name)) {
                continue;
            }
            String was = value(name, b.get(name), zh); // names looked up per shown field: a page is 50 entries
            String now = value(name, a.get(name), zh);
            if (Objects.equals(was, now)) {
                continue;
            }
            out.add(new AuditEntry.Change(words("audit.field." + name, name, locale), was, now));
        }
        return out;
    }

    private Map<String, JsonNode> fields(String text) {
        Map<String, JsonNode> map = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return map;
        }
        try {
            JsonNode node = json.readTree(text);
            if (!node.isObject()) {
                map.put("value", node);
                return map;
            }
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                map.put(f.getKey(), f.getValue());
            }
        } catch (java.io.IOException e) {
            map.put("value", json.getNodeFactory().textNode(text));
        }
        return map;
    }

    /**
     * A value as a reader says it: places by name rather than id, kinds and statuses in words, a partial date as
     * written, a list of named things by their names, nothing for null.
     */
    private String value(String field, JsonNode v, boolean zh) {
        if (v == null || v.isNull()) {
            return null;
        }
        if ((field.equals("domestic_id") || field.equals("partner_id")) && v.canConvertToLong()) {
            return places.find(v.asLong()).map(p -> p.name(zh)).orElse(v.asText());
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(x -> items.add(
                    x.hasNonNull("name") ? x.get("name").asText() : x.isValueNode() ? x.asText() : x.toString()));
            return items.isEmpty() ? null : String.join("、", items);
        }
        if (v.isTextual()) {
            String s = v.asText();
            if (field.equals("kind")) {
                for (TieKind k : TieKind.values()) {
                    if (k.code().equals(s)) {
                        return k.label(zh);
                    }
                }
            }
            if (field.equals("status")) {
                for (TieStatus st : TieStatus.values()) {
                    if (st.code().equals(s)) {
                        return st.label(zh);
                    }
                }
            }
            return s.isEmpty() ? null : s;
        }
        if (v.isObject() && v.has("year")) {
            // a partial date as the registry keeps it: year, month and day, the last two possibly null
            StringBuilder d = new StringBuilder(String.valueOf(v.get("year").asInt()));
            if (v.hasNonNull("month")) {
                d.append('-').append(String.format("%02d", v.get("month").asInt()));
                if (v.hasNonNull("day")) {
                    d.append('-').append(String.format("%02d", v.get("day").asInt()));
                }
            }
            return d.toString();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private String words(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
