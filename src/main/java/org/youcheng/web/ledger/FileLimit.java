package org.youcheng.web.ledger;

import org.springframework.stereotype.Component;
import org.youcheng.common.YouchengProperties;

/**
 * The largest file the activity page takes: an upload is bounded by {@code youcheng.imports.max-upload-mb}, as the
 * API's, and the ledger keeps no file over {@code youcheng.ledger.max-file-mb}; the page says the smaller.
 */
@Component
class FileLimit {

    private final long uploadBytes;
    private final int megabytes;

    FileLimit(YouchengProperties properties) {
        this.uploadBytes = properties.imports().maxUploadBytes();
        this.megabytes =
                Math.min(properties.imports().maxUploadMb(), properties.ledger().maxFileMb());
    }

    int megabytes() {
        return megabytes;
    }

    /** Whether an upload of this size is over the upload limit (the ledger checks its own when it stores the file). */
    boolean exceeded(long bytes) {
        return bytes > uploadBytes;
    }
}
