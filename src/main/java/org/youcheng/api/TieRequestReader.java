package org.youcheng.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;
import org.youcheng.registry.SignedRecord;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieInput;
import org.youcheng.registry.TieInputReader;

/** Reads a tie request into a draft through the registry's {@link TieInputReader}; a change needs a version. */
@Component
record TieRequestReader(TieInputReader reader) {

    /** A create: the draft, and the source document of a formal tie recorded outside the approval path. */
    record Create(TieDraft draft, SignedRecord record) {}

    Create create(TieRequest r) {
        List<FieldError> errors = new ArrayList<>();
        SignedRecord record = record(r, errors);
        return new Create(reader.read(input(r), errors), record);
    }

    /** A change: the draft, the version it is based on, and the source document as for a create. */
    record Change(TieDraft draft, int version, SignedRecord record) {}

    Change change(TieRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.version() == null) {
            errors.add(new FieldError(
                    "version", null, "required: the version of the tie this change is based on", "required"));
        } else if (r.version() < 0) {
            errors.add(new FieldError("version", r.version(), "must be 0 or more", "negative"));
        }
        SignedRecord record = record(r, errors);
        TieDraft draft = reader.read(input(r), errors);
        return new Change(draft, r.version(), record);
    }

    private static SignedRecord record(TieRequest r, List<FieldError> errors) {
        TieRequest.SignedRecordRequest s = r.signedRecord();
        if (s == null) {
            return null;
        }
        LocalDate dated = null;
        if (s.dated() != null && !s.dated().isBlank()) {
            try {
                dated = LocalDate.parse(s.dated().strip());
            } catch (DateTimeParseException e) {
                errors.add(
                        new FieldError("signed_record.dated", s.dated(), "an ISO date such as 1974-02-01", "bad_date"));
            }
        }
        return new SignedRecord(s.title(), s.url(), dated);
    }

    private static TieInput input(TieRequest r) {
        return new TieInput(
                r.domesticId(),
                r.domestic(),
                r.partnerId(),
                r.partner(),
                r.kind(),
                r.signed(),
                r.status(),
                r.endedOn(),
                r.endReason(),
                r.source(),
                r.note());
    }
}
