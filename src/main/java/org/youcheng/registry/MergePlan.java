package org.youcheng.registry;

import java.util.List;
import java.util.Map;

/**
 * What merging a duplicate place into the known place it really is moves: each tie, and how many of every other
 * kind of record that names the duplicate (activities, ledger partners, places under it, review-queue items,
 * partner requests, Wikidata items, attributes, strategy regions, account scopes), and the names that become
 * aliases. The same record says what will move (before) and what moved (after).
 */
public record MergePlan(
        Place duplicate, Place known, List<TieMove> ties, Map<String, Integer> references, List<String> names) {

    public long count(TieMove.Outcome outcome) {
        return ties.stream().filter(t -> t.outcome() == outcome).count();
    }
}
