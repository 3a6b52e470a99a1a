package org.youcheng.approval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.youcheng.registry.TieKind;

/**
 * An application for a formal tie, made from an intent tie, with every step taken so far, oldest first.
 *
 * @param kind what is applied for: sister (the province, then the national association approve) or partner
 *             (friendship-cooperation: the province's approval is enough)
 */
public record Application(
        long id,
        long tieId,
        @JsonIgnore TieKind kind,
        ApplicationState state,
        int version,
        Instant createdAt,
        Instant updatedAt,
        List<Step> steps) {

    public Application {
        steps = List.copyOf(steps);
    }

    /** The kind as the API writes kinds: sister or partner. */
    @JsonProperty("kind")
    public String kindCode() {
        return kind.code();
    }

    /** One step: who took it, when, and why (a return's reason), or the signing date. */
    public record Step(String step, Instant at, String actor, String reason, LocalDate dated) {}
}
