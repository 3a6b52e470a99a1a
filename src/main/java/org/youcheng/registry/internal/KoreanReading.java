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
 * or with the romanized designation (Eumseong, Eumseong-gun). A place written in front (首尔市衿川区) or a province by
 * its short form (忠北阴城郡) is left off: the longest end of the name after one that reads as a place is taken.
 */
public final class KoreanReading {

    /** The designations a Korean name is written with, and their romanization. */
    private static final Map<String, String> DESIGNATION =
            Map.of("郡", "gun", "区", "gu", "市", "si", "道", "do", "邑", "eup", "面", "myeon", "洞", "dong");

    /** The two-character short forms of South Korea's provinces (忠北 for 忠清北道), as tables write them in front. */
    private static final java.util.Set<String> PROVINCE_SHORT =
            java.util.Set.of("京畿", "江原", "忠北", "忠南", "全北", "全南", "庆北", "庆南", "济州");

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
            String front = core.substring(0, start);
            if (!front.isEmpty()
                    && !PROVINCE_SHORT.contains(front)
                    && lookup.named(front, country).isEmpty()) {
                // only a province or a place written in front is left off, never part of a word (釜山西区 is not 山西)
                continue;
            }
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
