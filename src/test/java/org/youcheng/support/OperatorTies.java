package org.youcheng.support;

import java.time.LocalDate;
import org.youcheng.registry.SignedRecord;
import org.youcheng.registry.TieDocument;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieView;
import org.youcheng.security.LocalOperator;

/** The tie service as the command line's local operator uses it: for tests that set up ties directly. */
public final class OperatorTies {

    private final TieService ties;

    public OperatorTies(TieService ties) {
        this.ties = ties;
    }

    /**
     * Creates a tie; a sister or partner tie is recorded as one signed before the registry, with a source document,
     * as the operator may (the approval path is tested on its own).
     */
    public TieService.Saved create(TieDraft draft) {
        SignedRecord record = TieKind.raises(null, draft.kind())
                ? new SignedRecord("测试用的已签署协议 / a test's signed agreement", null, null)
                : null;
        return call(() -> ties.create(draft, record));
    }

    public TieDocument addDocument(long tieId, TieDocument.Kind kind, String title, String url, LocalDate dated) {
        return call(() -> ties.addDocument(tieId, kind, title, url, dated));
    }

    public TieView view(long id) {
        return ties.view(id);
    }

    private static <T> T call(java.util.concurrent.Callable<T> work) {
        try {
            return LocalOperator.call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
