package org.youcheng.registry;

import java.time.LocalDate;
import java.util.Objects;
import org.youcheng.common.PartialDate;

/** The editable content of a tie, as a create or an update asks for it; compared to tell "changed" from "same". */
public record TieDraft(
        long domesticId,
        long partnerId,
        TieKind kind,
        PartialDate signed,
        TieStatus status,
        LocalDate endedOn,
        String endReason,
        String source,
        String note) {

    public TieDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        source = blankToNull(source);
        note = blankToNull(note);
        endReason = blankToNull(endReason);
    }

    public static TieDraft of(Tie t) {
        return new TieDraft(
                t.domesticId(),
                t.partnerId(),
                t.kind(),
                t.signed(),
                t.status(),
                t.endedOn(),
                t.endReason(),
                t.source(),
                t.note());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
