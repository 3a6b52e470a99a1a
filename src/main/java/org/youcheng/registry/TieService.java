package org.youcheng.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.PartialDate;
import org.youcheng.common.ValidationException;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;

/**
 * Creates, changes and deletes ties one at a time, with the rules checked and the status history kept. Every change
 * is allowed by {@link Permissions} (an editor changes only the ties whose domestic side is in the account's scope)
 * and written to the {@link AuditTrail} with the tie before and after, in the same transaction.
 */
@Service
public class TieService {

    private final TieRepository ties;
    private final TieDocumentRepository documents;
    private final PlaceRepository places;
    private final CountryRepository countries;
    private final Clock clock;
    private final Permissions permissions;
    private final AuditTrail audit;

    TieService(TieRepository ties, TieDocumentRepository documents, PlaceRepository places,
               CountryRepository countries, Clock clock, Permissions permissions, AuditTrail audit) {
        this.ties = ties;
        this.documents = documents;
        this.places = places;
        this.countries = countries;
        this.clock = clock;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** A saved tie and the rules it bends. */
    public record Saved(TieView tie, List<Warning> warnings) {
    }

    /** Creates an intent tie (or one of any kind, for whoever may record one signed outside the path). */
    @Transactional
    public Saved create(TieDraft draft) {
        return create(draft, null);
    }

    /**
     * Creates a tie. A sister or partner tie enters the registry through the approval path; one signed outside it
     * (before the registry kept ties) is recorded only with its source document, by whoever may
     * ({@link Permissions#requireSignedRecord}), and the document is filed with the tie.
     */
    @Transactional
    public Saved create(TieDraft draft, SignedRecord record) {
        permissions.requireEditor();
        TieDraft d = oriented(draft);
        permissions.requireChange(d.domesticId());
        boolean formal = TieKind.raises(null, d.kind());
        if (formal) {
            permissions.requireSignedRecord(d.domesticId());
        }
        ties.findByPair(d.domesticId(), d.partnerId()).ifPresent(existing -> {
            throw new ConflictException("these two places already have a tie (id " + existing.id()
                    + "); one tie per pair: update it instead", view(existing.id()));
        });
        if (formal) {
            requireSignedRecord(d, record);
        }
        long id = ties.insert(d, null, clock.instant());
        audit.record("tie_create", "tie", id, null, ties.find(id).orElseThrow());
        if (formal) {
            fileSignedRecord(id, d, record);
        }
        return new Saved(view(id), warnings(d));
    }

    /** Changes a tie; making it sister or partner (more formal than it was) is recorded as {@link #create} says. */
    @Transactional
    public Saved update(long id, int version, TieDraft draft) {
        return update(id, version, draft, null);
    }

    @Transactional
    public Saved update(long id, int version, TieDraft draft, SignedRecord record) {
        return write(id, version, draft, record, false);
    }

    /**
     * The last step of the approval path (only {@code ApprovalService} calls it, after the province and, for a sister
     * tie, the national association approved): the tie becomes what was applied for, signed that day, active.
     */
    @Transactional
    public Saved signApplied(long id, int version, TieKind kind, LocalDate signedOn) {
        Tie t = ties.find(id).orElseThrow(() -> new NotFoundException("no tie with id " + id));
        return write(id, version, new TieDraft(t.domesticId(), t.partnerId(), kind,
                PartialDate.of(signedOn, PartialDate.Precision.DAY),
                TieStatus.ACTIVE, null, null, t.source(), t.note()), null, true);
    }

    private Saved write(long id, int version, TieDraft draft, SignedRecord record, boolean approved) {
        Tie current = ties.find(id).orElseThrow(() -> new NotFoundException("no tie with id " + id));
        permissions.requireChange(current.domesticId());
        TieDraft d = oriented(draft);
        if (d.domesticId() != current.domesticId()) {
            permissions.requireChange(d.domesticId());
        }
        boolean formal = !approved && TieKind.raises(current.kind(), d.kind());
        if (formal) {
            requireSignedRecord(d, record);
        }
        if (current.version() != version) {
            throw new ConflictException("tie " + id + " was changed by someone else (version " + current.version()
                    + ", yours " + version + "); nothing was saved", view(id));
        }
        if (d.domesticId() != current.domesticId() || d.partnerId() != current.partnerId()) {
            ties.findByPair(d.domesticId(), d.partnerId()).ifPresent(other -> {
                throw new ConflictException("these two places already have a tie (id " + other.id() + ")", view(other.id()));
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
            audit.record("tie_status", "tie", id, java.util.Map.of("status", current.status().code()),
                    java.util.Map.of("status", after.status().code(), "reason", String.valueOf(d.endReason())));
        }
        if (formal) {
            fileSignedRecord(id, d, record);
        }
        return new Saved(view(id), warnings(d));
    }

    /** Refuses a formal tie outside the path unless the one acting may record it, with its source document. */
    private void requireSignedRecord(TieDraft d, SignedRecord record) {
        permissions.requireSignedRecord(d.domesticId());
        List<FieldError> errors = new ArrayList<>();
        if (record == null) {
            errors.add(new FieldError("signed_record", null, "a sister or partner tie recorded outside the approval "
                    + "path needs its source document: a title, and an address or date", "signed_record_required"));
        } else {
            errors.addAll(record.problems());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Files the source document with the tie and writes the act to the audit trail. */
    private void fileSignedRecord(long id, TieDraft d, SignedRecord record) {
        long doc = documents.insert(id, TieDocument.Kind.AGREEMENT, record.title(), record.url(), record.dated(),
                clock.instant());
        Map<String, Object> act = new LinkedHashMap<>();
        act.put("kind", d.kind().code());
        act.put("signed", d.signed() == null ? null : d.signed().toString());
        act.put("document_id", doc);
        act.put("document", record.title());
        act.put("url", record.url());
        audit.record("tie_record_signed", "tie", id, null, act);
    }

    @Transactional
    public void delete(long id, Integer version) {
        Tie current = ties.find(id).orElseThrow(() -> new NotFoundException("no tie with id " + id));
        permissions.requireChange(current.domesticId());
        int v = version == null ? current.version() : version;
        if (!ties.delete(id, v)) {
            throw new ConflictException("tie " + id + " was changed by someone else (version " + current.version()
                    + "); nothing was deleted", view(id));
        }
        audit.record("tie_delete", "tie", id, current, null);
    }

    /** Files a document (agreement, memorandum, letter of intent) with a tie. */
    @Transactional
    public TieDocument addDocument(long tieId, TieDocument.Kind kind, String title, String url,
                                   LocalDate dated) {
        Tie tie = ties.find(tieId).orElseThrow(() -> new NotFoundException("no tie with id " + tieId));
        permissions.requireChange(tie.domesticId());
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", null, "agreement, memorandum, intent_letter or other",
                    "unknown_document_kind"));
        }
        errors.addAll(TieDocument.problems("", title, url));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = documents.insert(tieId, kind, title.strip(), url, dated, clock.instant());
        TieDocument made = documents.of(tieId).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
        audit.record("document_add", "tie_document", id, null, made);
        return made;
    }

    @Transactional
    public void removeDocument(long tieId, long documentId) {
        Tie tie = ties.find(tieId).orElseThrow(() -> new NotFoundException("no tie with id " + tieId));
        permissions.requireChange(tie.domesticId());
        TieDocument before = documents.of(tieId).stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(() -> new NotFoundException("tie " + tieId + " has no document " + documentId));
        documents.delete(tieId, documentId);
        audit.record("document_remove", "tie_document", documentId, before, null);
    }

    /**
     * Adds a statement to a tie without touching its standing record (an accepted article about a recorded tie):
     * the tie's authority rises to the statement's where it is stronger; one audit record.
     */
    @Transactional
    public void addStatement(long tieId, TieStatement statement) {
        Tie tie = ties.find(tieId).orElseThrow(() -> new NotFoundException("no tie with id " + tieId));
        permissions.requireChange(tie.domesticId());
        ties.addStatement(tie, statement);
        audit.record("tie_statement", "tie", tieId, null, statement);
    }

    /** Refuses unless the one acting may change this tie (the edit form asks before it is shown). */
    public void requireChange(long tieId) {
        permissions.requireChange(ties.find(tieId)
                .orElseThrow(() -> new NotFoundException("no tie with id " + tieId)).domesticId());
    }

    public List<TieDocument> documents(long tieId) {
        return documents.of(tieId);
    }

    /** A tie as it stands now, with the rules it bends (as a save answers). */
    public Saved saved(long id) {
        TieView v = view(id);
        return new Saved(v, warnings(v));
    }

    public TieView view(long id) {
        return ties.view(id).orElseThrow(() -> new NotFoundException("no tie with id " + id));
    }

    /** The rules a stored tie bends; its places come with the view, so only a sister tie costs a query. */
    public List<Warning> warnings(TieView v) {
        return warnings(TieDraft.of(v.tie()), v.domestic(), v.partner());
    }

    /** The rules many stored ties bend, by tie id, with one query for all their sister ties. */
    public Map<Long, List<Warning>> warnings(List<TieView> views) {
        Map<Long, List<String>> sisters = new HashMap<>();
        Map<Long, List<TieRepository.ChineseSister>> byPartner = new HashMap<>();
        ties.chineseSistersOf(views.stream().filter(v -> v.tie().kind() == TieKind.SISTER)
                .map(v -> v.partner().id()).distinct().toList())
                .forEach(s -> byPartner.computeIfAbsent(s.partnerId(), k -> new ArrayList<>()).add(s));
        Map<Long, List<Warning>> out = new HashMap<>();
        for (TieView v : views) {
            List<String> others = v.tie().kind() != TieKind.SISTER ? List.of()
                    : byPartner.getOrDefault(v.partner().id(), List.of()).stream()
                            .filter(s -> s.domesticId() != v.domestic().id()).map(TieRepository.ChineseSister::name)
                            .toList();
            Place domestic = v.domestic();
            Place partner = v.partner();
            out.put(v.tie().id(), TieRules.check(v.tie().kind(), domestic.level(),
                    TieRules.municipality(domestic.level(), domestic.nameZh()), domestic.chinese(), partner.level(),
                    partner.chinese(), partner.chinese() ? null : countries.get(partner.countryCode()), others));
        }
        return out;
    }

    private List<Warning> warnings(TieDraft d) {
        return warnings(d, places.find(d.domesticId()).orElseThrow(), places.find(d.partnerId()).orElseThrow());
    }

    private List<Warning> warnings(TieDraft d, Place domestic, Place partner) {
        return TieRules.check(d.kind(), domestic.level(), TieRules.municipality(domestic.level(), domestic.nameZh()),
                domestic.chinese(), partner.level(), partner.chinese(),
                partner.chinese() ? null : countries.get(partner.countryCode()),
                d.kind() == TieKind.SISTER ? ties.chineseSistersOf(partner.id(), domestic.id()) : List.of());
    }

    /** Checks both places exist and puts the Chinese side first. */
    private TieDraft oriented(TieDraft d) {
        List<FieldError> errors = new ArrayList<>();
        Place domestic = places.find(d.domesticId()).orElse(null);
        Place partner = places.find(d.partnerId()).orElse(null);
        if (domestic == null) {
            errors.add(new FieldError("domestic_id", d.domesticId(), "no place with this id", "no_such_place"));
        }
        if (partner == null) {
            errors.add(new FieldError("partner_id", d.partnerId(), "no place with this id", "no_such_place"));
        }
        if (domestic != null && partner != null && domestic.id() == partner.id()) {
            errors.add(new FieldError("partner_id", d.partnerId(), "a place cannot be tied to itself", "self_tie"));
        } else if (domestic != null && partner != null) {
            // the scope before the fields: an editor outside it learns nothing of its mistakes
            permissions.requireChange(TieOrientation.orient(domestic.id(), domestic.chinese(), partner.id(),
                    partner.chinese())[0]);
        }
        if (d.endedOn() != null && d.status() != TieStatus.ENDED) {
            errors.add(new FieldError("ended_on", d.endedOn(), "only an ended tie has an end date",
                    "end_date_not_ended"));
        }
        if (TieRules.signedInFuture(d.signed(), java.time.LocalDate.now(clock))) {
            errors.add(new FieldError("signed", d.signed(), "a signing date in the future", "signed_in_future"));
        }
        if (d.endedOn() != null && d.signed() != null && d.endedOn().isBefore(d.signed().firstDay())) {
            errors.add(new FieldError("ended_on", d.endedOn(), "ends before it was signed", "ends_before_signed"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long[] pair = TieOrientation.orient(domestic.id(), domestic.chinese(), partner.id(), partner.chinese());
        if (pair[0] == d.domesticId()) {
            return d;
        }
        return new TieDraft(pair[0], pair[1], d.kind(), d.signed(), d.status(), d.endedOn(), d.endReason(),
                d.source(), d.note());
    }

}
