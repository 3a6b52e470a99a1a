package org.youcheng.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Names;
import org.youcheng.registry.ResolverNote;

/**
 * A Korean place written in its Chinese characters that the gazetteer knows only by its Latin name: the characters are
 * read in Korean ({@link Hangul}: 阴城郡 Eumseong-gun) and the reading is looked up among the country's Latin names, bare
 * or with the romanized designation (Eumseong, Eumseong-gun). Written in front, a province or city that the gazetteer
 * does not know (忠北, 釜山广域市) is left off: the longest end of the name that reads as a place is taken.
 */
public final class KoreanReading {

    /** The designations a Korean name is written with, and their romanization. */
    private static final Map<String, String> DESIGNATION =
            Map.of("郡", "gun", "区", "gu", "市", "si", "道", "do", "邑", "eup", "面", "myeon", "洞", "dong");

    private final ForeignLookup lookup;

    public KoreanReading(ForeignLookup lookup) {
        this.lookup = lookup;
    }

    /** The places the Korean reading finds, or the choice unchanged when it finds none or the country is not Korea. */
    public ForeignLookup.Choice read(ForeignName fn, String country, ForeignLookup.Choice none) {
        if (!"KR".equals(country)) {
            return none;
        }
        String full = fn.full();
        String designation = "";
        String core = full;
        for (Map.Entry<String, String> d : DESIGNATION.entrySet()) {
            if (full.endsWith(d.getKey()) && full.length() > 2) {
                designation = d.getValue();
                core = full.substring(0, full.length() - 1);
            }
        }
        for (int start = 0; start <= core.length() - 2; start++) {
            String part = core.substring(start);
            String reading = Hangul.reading(part);
            if (reading == null) {
                continue;
            }
            List<Gazetteer.Entry> found = new ArrayList<>(lookup.named(Names.full(reading), country));
            if (found.isEmpty() && !designation.isEmpty()) {
                found.addAll(lookup.named(Names.full(reading + "-" + designation), country));
            }
            if (!found.isEmpty()) {
                String name = Character.toUpperCase(reading.charAt(0)) + reading.substring(1);
                return new ForeignLookup.Choice(found, 0, null, List.of(ResolverNote.of("korean_reading", part, name)));
            }
        }
        return none;
    }
}
