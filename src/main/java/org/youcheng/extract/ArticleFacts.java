package org.youcheng.extract;

import java.util.List;

/** What one article states: its ties and its totals; {@code source} is the file name or the id the caller gave. */
public record ArticleFacts(String source, List<ExtractedTie> relations, List<ExtractedTotal> totals) {

    public ArticleFacts {
        relations = List.copyOf(relations);
        totals = List.copyOf(totals);
    }
}
