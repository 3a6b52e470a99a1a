package org.youcheng.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.youcheng.common.ConflictException;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.PartialDate;
import org.youcheng.common.Transactions;
import org.youcheng.registry.internal.TieDocumentFiling;
import org.youcheng.registry.internal.TieDraftCheck;
import org.youcheng.registry.internal.TieRepository;
import org.youcheng.registry.internal.TieWarnings;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;

/**
 * Creates, changes and deletes ties one at a time, with the rules checked and the status history kept. Every change
 * is allowed by {@link Permissions} (an editor changes only the ties whose domestic side is in the account's scope)
 * and written to the {@link AuditTrail} with the tie before and after, in the same transaction.
 */
@Service
public record TieService(
        TieRepository ties,
        TieDraftCheck drafts,
        TieWarnings warnings,
        TieDocumentFiling filing,
        Clock clock,
        Permissions permissions,
        AuditTrail audit,
        Transactions tx) {

    /** A saved tie and the rules it bends. */
    public record Saved(TieView tie, List<Warning> warnings) {}

    /** Creates an intent tie (or one of any kind, for whoever may record one signed outside the path). */
    public Saved create(TieDraft draft) {
        return create(draft, null);
    }

    /**
     * Creates a tie. A sister or partner tie enters the registry through the approval path; one signed outside it
     * (before the registry kept ties) is recorded only with its source document, by whoever may
     * ({@link Permissions#requireSignedRecord}), and the document is filed with the tie.
     */
    public Saved create(TieDraft draft, SignedRecord record) {
        return tx.call(() -> {
            permissions.requireEditor();
            TieDraft d = drafts.oriented(draft);
            permissions.requireChange(d.domesticId());
            boolean formal = TieKind.raises(null, d.kind());
            if (formal) {
                permissions.requireSignedRecord(d.domesticId());
            }
            ties.findByPair(d.domesticId(), d.partnerId()).ifPresent(existing -> {
                throw new ConflictException(
                        "these two places already have a tie (id " + existing.id()
                                + "); one tie per pair: update it instead",
                        view(existing.id()));
            });
            if (formal) {
                filing.requireSignedRecord(d, record);
            }
            long id = ties.insert(d, null, clock.instant());
            audit.record("tie_create", "tie", id, null, ties.find(id).orElseThrow());
            if (formal) {
                filing.fileSignedRecord(id, d, record);
            }
            return new Saved(view(id), warnings.of(d));
        });
    }

    /** Changes a tie; making it sister or partner (more formal than it was) is recorded as {@link #create} says. */
    public Saved update(long id, int version, TieDraft draft) {
        return update(id, version, draft, null);
    }

    public Saved update(long id, int version, TieDraft draft, SignedRecord record) {
        return tx.call(() -> write(id, version, draft, record, false));
    }

    /**
     * The last step of the approval path (only {@code ApprovalService} calls it, after the province and, for a sister
     * tie, the national association approved): the tie becomes what was applied for, signed that day, active.
     */
    public Saved signApplied(long id, int version, TieKind kind, LocalDate signedOn) {
        return tx.call(() -> {
            Tie t = tie(id);
            return write(
                    id,
                    version,
                    new TieDraft(
                            t.domesticId(),
                            t.partnerId(),
                            kind,
                            PartialDate.of(signedOn, PartialDate.Precision.DAY),
                            TieStatus.ACTIVE,
                            null,
                            null,
                            t.source(),
                            t.note()),
                    null,
                    true);
        });
    }

    private Saved write(long id, int version, TieDraft draft, SignedRecord record, boolean approved) {
        Tie current = tie(id);
        permissions.requireChange(current.domesticId());
        TieDraft d = drafts.oriented(draft);
        if (d.domesticId() != current.domesticId()) {
            permissions.requireChange(d.domesticId());
        }
        boolean formal = !approved && TieKind.raises(current.kind(), d.kind());
        if (formal) {
            filing.requireSignedRecord(d, record);
        }
        if (current.version() != version) {
            throw new ConflictException(
                    "tie " + id + " was changed by someone else (version " + current.version() + ", yours " + version
                            + "); nothing was saved",
                    view(id));
        }
        if (d.domesticId() != current.domesticId() || d.partnerId() != current.partnerId()) {
            ties.findByPair(d.domesticId(), d.partnerId()).ifPresent(other -> {
                throw new ConflictException(
                        "these two places already have a tie (id " + other.id() + ")", view(other.id()));
            });
        }
        if (TieStatement.fromElsewhere(current.origin(), current.source(), d.source())) {
            ties.keepStatements(List.of(id));
        }
        if (!ties.update(id, version, d, clock.instant())) {
            throw new ConflictException("tie " + id + " was changed by someone else; nothing was saved", view(id));
        }
        if (d.status() != current.status()) {
            ties.changeStatus(current, d.status(), clock.instant(), d.endReason());
        }
        Tie after = ties.find(id).orElseThrow();
        audit.record("tie_update", "tie", id, current, after);
        if (d.status() != current.status()) {
            audit.record(
                    "tie_status",
                    "tie",
                    id,
                    java.util.Map.of("status", current.status().code()),
                    java.util.Map.of("status", after.status().code(), "reason", String.valueOf(d.endReason())));
        }
        if (formal) {
            filing.fileSignedRecord(id, d, record);
        }
        return new Saved(view(id), warnings.of(d));
    }

    public void delete(long id, Integer version) {
        tx.run(() -> {
            Tie current = tie(id);
            permissions.requireChange(current.domesticId());
            int v = version == null ? current.version() : version;
            if (!ties.delete(id, v)) {
                throw new ConflictException(
                        "tie " + id + " was changed by someone else (version " + current.version()
                                + "); nothing was deleted",
                        view(id));
            }
            audit.record("tie_delete", "tie", id, current, null);
        });
    }

    /** Files a document (agreement, memorandum, letter of intent) with a tie. */
    public TieDocument addDocument(long tieId, TieDocument.Kind kind, String title, String url, LocalDate dated) {
        return tx.call(() -> filing.add(tie(tieId), kind, title, url, dated));
    }

    public void removeDocument(long tieId, long documentId) {
        tx.run(() -> filing.remove(tie(tieId), documentId));
    }

    /**
     * Adds a statement to a tie without touching its standing record (an accepted article about a recorded tie):
     * the tie's authority rises to the statement's where it is stronger; one audit record.
     */
    public void addStatement(long tieId, TieStatement statement) {
        tx.run(() -> {
            Tie tie = tie(tieId);
            permissions.requireChange(tie.domesticId());
            ties.addStatement(tie, statement);
            audit.record("tie_statement", "tie", tieId, null, statement);
        });
    }

    /** Refuses unless the one acting may change this tie (the edit form asks before it is shown). */
    public void requireChange(long tieId) {
        permissions.requireChange(tie(tieId).domesticId());
    }

    public List<TieDocument> documents(long tieId) {
        return filing.of(tieId);
    }

    /** A tie as it stands now, with the rules it bends (as a save answers). */
    public Saved saved(long id) {
        TieView v = view(id);
        return new Saved(v, warnings.of(v));
    }

    public TieView view(long id) {
        return ties.view(id).orElseThrow(() -> new NotFoundException("no tie with id " + id));
    }

    /** The rules a stored tie bends; its places come with the view, so only a sister tie costs a query. */
    public List<Warning> warnings(TieView v) {
        return warnings.of(v);
    }

    /** The rules many stored ties bend, by tie id, with one query for all their sister ties. */
    public Map<Long, List<Warning>> warnings(List<TieView> views) {
        return warnings.of(views);
    }

    private Tie tie(long id) {
        return ties.find(id).orElseThrow(() -> new NotFoundException("no tie with id " + id));
    }
}
