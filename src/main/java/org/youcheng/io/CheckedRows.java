package org.youcheng.io;

import java.util.List;

/** What {@link ImportSkeleton} asks of the check of one kind of rows (ties, activities) as the file streams by. */
interface CheckedRows {

    /** The data rows read so far. */
    long rows();

    /** Whether no row or file problem has been found so far. */
    boolean clean();

    /** A problem of the whole file (row 0): it cannot be read, or holds no rows. */
    void fileProblem(RowProblem problem);

    /** How many rows record what the account may not change. */
    long outOfScopeCount();

    /** The first of those rows (at most 20). */
    List<ScopeRow> outOfScope();
}
