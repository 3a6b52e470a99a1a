package org.youcheng.extract.internal;

import java.util.List;

/**
 * One way Chinese press writes a tie: reads a sentence into candidate ties. Each pattern is a class of sentence, never
 * an article or a name; the tie it reads keeps the pattern's {@link #name()} (the review queue shows it beside the
 * evidence). Patterns run in {@link TieFinder}'s order over one {@link Sentence}; a foreign place that one pattern
 * paired is not read again by a later one.
 */
public interface TiePattern {

    /** A short English name, stored with each tie (connector, elided-subject, dash-pair …). */
    String name();

    /** The Chinese label the review page shows first (与字句, 省略主语 …). */
    String label();

    /** Reads the sentence; each tie found goes through {@link Sentence#tie}. */
    void read(Sentence s);

    /**
     * Whether this pattern reads a sentence with no tie word (a table's row under its heading, a list's row); a
     * sentence none of them claims is read only when it has a tie word.
     */
    default boolean readsWithoutTieWord(Reading r, List<Mention> ms, int from, int to) {
        return false;
    }
}
