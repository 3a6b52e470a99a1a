package org.youcheng.extract.internal;

/**
 * The patterns that write the foreign place first (B … A): each foreign place not yet paired that stands right before
 * a Chinese place is offered to {@link #readPair} with what lies between them.
 */
abstract class ForeignFirstPattern extends NamedPattern {

    ForeignFirstPattern(String name, String label) {
        super(name, label);
    }

    @Override
    public final void read(Sentence s) {
        for (int a = 0; a + 1 < s.size(); a++) {
            if (s.foreignBeforeHome(a)) {
                readPair(s, a, s.skipBrackets(s.m(a).end()));
            }
        }
    }

    /**
     * Reads the foreign mention {@code a} and the Chinese mention {@code a + 1} after it; {@code after} is where the
     * foreign name ends, a bracket after it included.
     */
    abstract void readPair(Sentence s, int a, int after);
}
