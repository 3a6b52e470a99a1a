package org.youcheng.extract.internal;

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

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String label() {
        return label;
    }
}
