package org.youcheng.registry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * A state written by its short form, its first character and 州 (加州 for 加利福尼亚州, 德州 for 德克萨斯州, 賓州 for
 * 宾夕法尼亚州, 麻州 for 麻萨诸塞州), as Chinese, and Taiwanese and Hong Kong usage above all, writes the states of the
 * United States and of Australia. Read only as a region written in front of a name or in brackets: the short form
 * stands for the first-level divisions (outside China) whose Chinese name begins with that character and ends with
 * 州. Several countries have such a division (加州: California, Gabrovo, Kaliningrad …); the region is then the one
 * division in which the rest of the name is found, and none when it is found in none or in several.
 */
final class StateShortForm {

    private final Gazetteer g;
    private Map<Character, List<Gazetteer.Entry>> byFirst;

    StateShortForm(Gazetteer g) {
        this.g = g;
    }

    /** Whether the text is written as a short form: two characters, the second 州. */
    static boolean is(String front) {
        return front.length() == 2 && front.charAt(1) == '州' && Names.hasHan(front.substring(0, 1));
    }

    /** The divisions the short form may stand for, in the country when it is known. */
    List<Gazetteer.Entry> divisions(String front, String country) {
        if (!is(front)) {
            return List.of();
        }
        return byFirst().getOrDefault(Names.simplified(front).charAt(0), List.of()).stream()
                .filter(e -> country == null || e.country().equals(country))
                .toList();
    }

    /** Of the divisions, those in which a place of the rest lies. */
    List<Gazetteer.Entry> holding(List<Gazetteer.Entry> divisions, List<Gazetteer.Entry> rest) {
        return divisions.stream()
                .filter(d -> rest.stream().anyMatch(p -> g.within(p, d.id())))
                .toList();
    }

    /**
     * The first-level divisions outside China whose simplified Chinese name is longer than two characters and ends
     * with 州, by that name's first character; worked out once, at the first short form read.
     */
    private synchronized Map<Character, List<Gazetteer.Entry>> byFirst() {
        if (byFirst == null) {
            Set<Gazetteer.Entry> found = new LinkedHashSet<>();
            g.forEachKey((key, entries) -> entries.stream()
                    .filter(e -> e.level() == Level.PROVINCE && !"CN".equals(e.country()) && e.nameZh() != null)
                    .forEach(found::add));
            Map<Character, List<Gazetteer.Entry>> map = new HashMap<>();
            for (Gazetteer.Entry e : found) {
                String zh = Names.simplified(e.nameZh());
                if (zh.length() > 2 && zh.endsWith("州")) {
                    map.computeIfAbsent(zh.charAt(0), c -> new ArrayList<>()).add(e);
                }
            }
            byFirst = map;
        }
        return byFirst;
    }
}
