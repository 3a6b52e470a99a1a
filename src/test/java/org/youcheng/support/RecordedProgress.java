package org.youcheng.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.youcheng.io.ImportProgress;

/** Every count an import told its progress bar, in order (the writer tells from a thread of its own). */
public final class RecordedProgress implements ImportProgress {

    public final List<Long> read = new CopyOnWriteArrayList<>();
    public final List<Long> written = new CopyOnWriteArrayList<>();

    @Override
    public void read(long rows) {
        read.add(rows);
    }

    @Override
    public void written(long rows) {
        written.add(rows);
    }
}
