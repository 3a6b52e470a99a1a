package org.youcheng.network.graph;

import java.util.concurrent.CancellationException;

/**
 * Asks a long computation to give up: the algorithms that take more than a few milliseconds on a large graph
 * (betweenness, PageRank, communities) look at it between units of work (a search, a round, a pass) and throw
 * {@link CancellationException} once it is raised, so that work nobody waits for any more frees the processor.
 */
@FunctionalInterface
public interface Stop {

    /** Never raised: the computation runs to its end. */
    Stop NEVER = () -> false;

    boolean raised();

    /** Throws when raised; called between units of work. */
    default void check() {
        if (raised()) {
            throw new CancellationException("the computation was stopped: nobody waits for it any more");
        }
    }
}
