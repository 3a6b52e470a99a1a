package org.youcheng.registry;

import java.time.LocalDate;
import java.util.List;
import org.youcheng.common.FieldError;

/**
 * The source document of a sister or partner tie recorded outside the approval path — one signed before the registry
 * kept ties: the agreement (or the official list, the article) that shows it was signed. Recording one is an explicit
 * act, audited, and the document is filed with the tie.
 *
 * @param title what the document is, e.g. 西安市与奈良市缔结友好城市协议书
 * @param url   where it can be read, if anywhere
 * @param dated the document's date, if known
 */
public record SignedRecord(String title, String url, LocalDate dated) {

    public SignedRecord {
        title = title == null ? null : title.strip();
        url = url == null || url.isBlank() ? null : url.strip();
    }

    /** What is wrong with it, each error under {@code signed_record.<field>}. */
    public List<FieldError> problems() {
        return TieDocument.problems("signed_record.", title, url);
    }
}
