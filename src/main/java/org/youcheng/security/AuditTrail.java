package org.youcheng.security;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.youcheng.common.Transactions;
import org.youcheng.security.internal.AuditCsv;
import org.youcheng.security.internal.AuditRepository;
import org.youcheng.security.internal.AuditSpans;

/**
 * The audit trail: every change writes one entry, in the transaction of the change (a change rolled back leaves no
 * entry; an entry that cannot be written rolls the change back). Entries are never changed nor removed: this
 * class has no such method, and a database trigger refuses UPDATE and DELETE on the table.
 */
@Service
public record AuditTrail(AuditRepository entries, CurrentActor actors, Clock clock, Transactions tx) {

    /** Records as JSON: snake_case names, ISO dates, enums as the lower-case codes the API uses. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addSerializer((Class) Enum.class, new StdSerializer<Enum>(Enum.class) {
                @Override
                public void serialize(Enum value, JsonGenerator out, SerializerProvider provider) throws IOException {
                    out.writeString(value.name().toLowerCase(Locale.ROOT));
                }
            }))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    /**
     * Records a change by whoever is acting now.
     *
     * @param before the record before (null for a create), any value Jackson writes
     * @param after  the record after (null for a delete)
     */
    public void record(String action, String entity, Long entityId, Object before, Object after) {
        tx.within(() ->
                entries.insert(clock.instant(), actors.get(), action, entity, entityId, write(before), write(after)));
    }

    /** Who is acting and when, for a repository that writes many entries in one statement (an import's new ties). */
    public record Stamp(Instant at, Long actorId, String actorName, String channel) {}

    /** The stamp of an entry made now by whoever is acting. */
    public Stamp stamp() {
        Actor a = actors.get();
        return new Stamp(clock.instant(), a.accountId(), a.name(), a.from().code());
    }

    /** One change among many of one action: the entity's id, the record before and after. */
    public record Change(Long entityId, Object before, Object after) {}

    /**
     * Records many changes of one action, stamped on the thread that acts (an import writes its batches on a
     * thread of its own, inside the caller's transaction, where the one acting is not known), in batches.
     */
    public void recordAll(Stamp who, String action, String entity, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        entries.insertAll(
                who,
                action,
                entity,
                changes.stream()
                        .map(c -> new AuditRepository.Row(c.entityId(), write(c.before()), write(c.after())))
                        .toList());
    }

    /**
     * Records the creation of many entities by one action, one entry each, in bulk: {@code rows} hold the values of
     * {@code fields} (the id first) of each entity as created, in rising id order; an entity's entry reads as a record
     * of those fields with no record before. Consecutive ids are kept together in one row of the trail (see
     * {@link AuditSpans}), which costs the database a small part of a row per entity; the trail is read one entry per
     * entity all the same.
     */
    public void recordCreated(Stamp who, String action, String entity, List<String> fields, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            entries.insertSpans(who, action, entity, AuditSpans.of(fields, rows));
        }
    }

    /** One page of the entries that match, newest first, and how many match in all. */
    public record Page(List<AuditEvent> entries, long total) {}

    public Page page(AuditQuery query, int offset, int size) {
        return new Page(entries.page(query, offset, size), entries.count(query));
    }

    public List<AuditEvent> find(AuditQuery query) {
        return entries.find(query);
    }

    /** Entries as CSV (the API's export, the page's and the command line's), with no formula for a spreadsheet. */
    public static void writeCsv(List<AuditEvent> events, Appendable out) throws IOException {
        AuditCsv.write(events, out);
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit value of " + value.getClass(), e);
        }
    }
}
