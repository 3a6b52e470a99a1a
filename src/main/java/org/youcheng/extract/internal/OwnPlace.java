package org.youcheng.extract.internal;

import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;

/**
 * The Chinese place a mention stands for, as a total's place: 我省 must be a province. An article about a city that
 * writes 我省 without naming its province gives the pronoun no place a total can be stated for.
 */
final class OwnPlace {

    private OwnPlace() {}

    /** The place, or null when the mention is no Chinese place or a 我省 the article does not name. */
    static Gazetteer.Entry of(Reading r, Mention m) {
        Gazetteer.Entry e = m.domestic() ? r.domestic(m) : null;
        if (e != null && m.type() == Mention.Type.SUBJECT && m.name().charAt(1) == '省' && e.level() != Level.PROVINCE) {
            return null;
        }
        return e;
    }

    /** Whether the mention is a pronoun (我省) for a place the article does not name. */
    static boolean unknown(Reading r, Mention m) {
        return m.type() == Mention.Type.SUBJECT && of(r, m) == null;
    }
}
