package org.youcheng.api;

import java.util.List;
import java.util.Map;

/**
 * What a merge moved: each tie of the duplicate (moved, combined with the known place's tie to the same other side,
 * or dropped because it joined the two places), the counts of every other kind of record, the names that became
 * aliases.
 */
record MergeJson(
        PlaceJson duplicate,
        PlaceJson known,
        List<TieMoveJson> ties,
        Map<String, Integer> references,
        List<String> aliases) {

    /** @param outcome moved, combined or dropped */
    record TieMoveJson(long tieId, PlaceJson other, String outcome, Long survivorId) {}
}
