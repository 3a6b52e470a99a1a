package org.youcheng.io;

import java.io.Closeable;
import java.io.IOException;

/** Receives exported ties one at a time, so an export of any size streams. */
public interface TieSink extends Closeable {
    void write(ExportRow row) throws IOException;
}
