package org.youcheng.io;

/**
 * What a running import tells a progress bar. Reading and checking a file is quick; writing it is the long part
 * (on H2 an import gathers up to {@code youcheng.imports.sorted-run-rows} rows before it writes any), so a bar fed
 * only the rows read stands at full while most of the work is still to come. Both numbers are counts so far and
 * only grow; a dry run writes nothing and reports only rows read.
 */
public interface ImportProgress {

    /** Tells nobody. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void read(long rows) {}

        @Override
        public void written(long rows) {}
    };

    /** Data rows read and checked so far. */
    void read(long rows);

    /** Data rows whose writing is done so far: added, changed or found unchanged. */
    void written(long rows);
}
