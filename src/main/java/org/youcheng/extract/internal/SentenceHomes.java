package org.youcheng.extract.internal;

import java.util.List;
import org.youcheng.registry.Gazetteer;

/**
 * The Chinese place each mention of a sentence stands for, worked out once per mention: a domestic mention is its
 * place unless the name of an office begins with it (满洲里市市场监督管理局, 某某市政府外办). The place's government itself
 * (海南省政府, 某某市人民政府) acts for the place: it signs the place's ties.
 */
final class SentenceHomes {

    private final Reading r;
    private final List<Mention> ms;
    private final Gazetteer.Entry[] homes;
    private final boolean[] homesRead;

    SentenceHomes(Reading r, List<Mention> ms) {
        this.r = r;
        this.ms = ms;
        this.homes = new Gazetteer.Entry[ms.size()];
        this.homesRead = new boolean[ms.size()];
    }

    /** The Chinese place a domestic mention stands for, or null (an office, a short form unknown). */
    Gazetteer.Entry of(Mention m) {
        for (int k = 0; k < ms.size(); k++) {
            if (ms.get(k) == m) {
                return of(k);
            }
        }
        return place(m);
    }

    /** {@link #of(Mention)} of the k-th mention of the sentence. */
    Gazetteer.Entry of(int k) {
        if (!homesRead[k]) {
            homes[k] = place(ms.get(k));
            homesRead[k] = true;
        }
        return homes[k];
    }

    private Gazetteer.Entry place(Mention m) {
        return m.domestic()
                        && !organisationAfter(m.end())
                        && !(m.bare() && Organisations.featureAt(r.text, m.end()))
                        && !ChineseText.venue(r.text, m.start(), m.end())
                ? OwnPlace.of(r, m) // 我省 in an article on a city that names no province: no place
                : null;
    }

    /**
     * Whether the name of an office begins at a position (a place name before it is not the place); the place's
     * government is the place, unless an office of it follows (市政府外办).
     */
    private boolean organisationAfter(int at) {
        int after = Organisations.governmentEnd(r.text, at);
        return after > at ? organisationAfter(after) : Organisations.at(r.text, at);
    }

    /** The first Chinese place (or subject word) a sentence names between two positions; null when none. */
    static Mention chineseIn(Sentence s, int a, int b) {
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            if (m.start() >= a && m.end() <= b && s.home(k) != null) {
                return m;
            }
        }
        return null;
    }
}
