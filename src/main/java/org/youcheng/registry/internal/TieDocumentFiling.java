package org.youcheng.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.SignedRecord;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieDocument;
import org.youcheng.registry.TieDraft;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;

/**
 * The documents filed with a tie (agreement, memorandum, letter of intent): added and removed by whoever may change
 * the tie, and the source document that a sister or partner tie recorded outside the approval path must bring.
 * Callers hold the transaction ({@link TieService}); every act goes to the audit trail.
 */
@Component
public record TieDocumentFiling(
        TieDocumentRepository documents, Clock clock, Permissions permissions, AuditTrail audit) {

    public TieDocument add(Tie tie, TieDocument.Kind kind, String title, String url, LocalDate dated) {
        permissions.requireChange(tie.domesticId());
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError(
                    "kind", null, "agreement, memorandum, intent_letter or other", "unknown_document_kind"));
        }
        errors.addAll(TieDocument.problems("", title, url));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = documents.insert(tie.id(), kind, title.strip(), url, dated, clock.instant());
        TieDocument made = documents.of(tie.id()).stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record("document_add", "tie_document", id, null, made);
        return made;
    }

    public void remove(Tie tie, long documentId) {
        permissions.requireChange(tie.domesticId());
        TieDocument before = documents.of(tie.id()).stream()
                .filter(d -> d.id() == documentId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("tie " + tie.id() + " has no document " + documentId));
        documents.delete(tie.id(), documentId);
        audit.record("document_remove", "tie_document", documentId, before, null);
    }

    public List<TieDocument> of(long tieId) {
        return documents.of(tieId);
    }

    /** Refuses a formal tie outside the path unless the one acting may record it, with its source document. */
    public void requireSignedRecord(TieDraft d, SignedRecord record) {
        permissions.requireSignedRecord(d.domesticId());
        List<FieldError> errors = new ArrayList<>();
        if (record == null) {
            errors.add(new FieldError(
                    "signed_record",
                    null,
                    "a sister or partner tie recorded outside the approval "
                            + "path needs its source document: a title, and an address or date",
                    "signed_record_required"));
        } else {
            errors.addAll(record.problems());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Files the source document with the tie and writes the act to the audit trail. */
    public void fileSignedRecord(long id, TieDraft d, SignedRecord record) {
        long doc = documents.insert(
                id, TieDocument.Kind.AGREEMENT, record.title(), record.url(), record.dated(), clock.instant());
        Map<String, Object> act = new LinkedHashMap<>();
        act.put("kind", d.kind().code());
        act.put("signed", d.signed() == null ? null : d.signed().toString());
        act.put("document_id", doc);
        act.put("document", record.title());
        act.put("url", record.url());
        audit.record("tie_record_signed", "tie", id, null, act);
    }
}
