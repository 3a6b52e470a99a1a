package org.youcheng.extract.internal;

import org.youcheng.common.PartialDate;
import org.youcheng.registry.TieKind;

/**
 * What every sentence pattern shares beside its reading: the name its ties are stored with and the label the review
 * page shows for it.
 */
abstract class NamedPattern implements TiePattern {

    private final String name;
    private final String label;

    NamedPattern(String name, String label) {
        this.name = name;
        this.label = label;
    }

    /**
     * Ties the k-th mention, a Chinese place no pattern has paired yet, to a foreign place whose kind the pattern has
     * read (a list of its partners, a row of its page); whether it did.
     */
    final boolean partnerOf(
            Sentence s, int k, Mention foreign, TieKind kind, boolean generic, PartialDate signed, int from, int to) {
        if (s.home(k) == null || s.paired[k]) {
            return false;
        }
        s.paired[k] = true;
        s.add(name, s.home(k), foreign, kind, generic, signed, from, to);
        return true;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String label() {
        return label;
    }
}
