package org.youcheng.api;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.youcheng.common.FieldError;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieInput;
import org.youcheng.registry.TieInputReader;

/** Reads a tie request into a draft through the registry's {@link TieInputReader}; a change needs a version. */
@Component
class TieRequestReader {

    private final TieInputReader reader;

    TieRequestReader(TieInputReader reader) {
        this.reader = reader;
    }

    /** A create: no version. */
    TieDraft create(TieRequest r) {
        return reader.read(input(r), List.of());
    }

    /** A change: the draft and the version it is based on. */
    record Change(TieDraft draft, int version) {
    }

    Change change(TieRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.version() == null) {
            errors.add(new FieldError("version", null, "required: the version of the tie this change is based on",
                    "required"));
        } else if (r.version() < 0) {
            errors.add(new FieldError("version", r.version(), "must be 0 or more", "negative"));
        }
        TieDraft draft = reader.read(input(r), errors);
        return new Change(draft, r.version());
    }

    private static TieInput input(TieRequest r) {
        return new TieInput(r.domesticId(), r.domestic(), r.partnerId(), r.partner(), r.kind(), r.signed(),
                r.status(), r.endedOn(), r.endReason(), r.source(), r.note());
    }
}
