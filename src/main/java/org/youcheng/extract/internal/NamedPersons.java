package org.youcheng.extract.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A name the article writes once as a person's (纽约市长亚当斯, 彼得·刘易斯) is that person wherever it stands alone
 * (龚正与亚当斯共同签署…): a foreign place of the same name written bare is no place.
 */
final class NamedPersons {

    private NamedPersons() {}

    static List<Mention> without(List<Mention> in, String text) {
        Map<String, Boolean> person = new HashMap<>();
        return Mention.without(
                in,
                m -> m.type() == Mention.Type.FOREIGN_BARE
                        && m.bare()
                        && person.computeIfAbsent(m.name(), n -> named(text, n)));
    }

    /** Whether the name is written somewhere in the text as a person's: after a title, or joined by an interpunct. */
    private static boolean named(String text, String name) {
        for (int k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) {
            if (ChineseText.personName(text, k, k + name.length())) {
                return true;
            }
        }
        return false;
    }
}
