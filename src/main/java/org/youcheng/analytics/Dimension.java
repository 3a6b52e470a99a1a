package org.youcheng.analytics;

import org.youcheng.common.CodedTerm;

/** The five dimensions of the national friendship-interaction index (城市友好交往度). */
public enum Dimension implements CodedTerm {
    LENGTH,
    BREADTH,
    DEPTH,
    HEAT,
    FREQUENCY;
}
