package org.youcheng.extract.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * The Chinese place whose government published a page, read from its address: a government's site is named by the
 * place's pinyin or its initials (wqb.xa.gov.cn is 西安's foreign affairs office, www.shizuishan.gov.cn 石嘴山's). Read
 * only for a page that names no Chinese place and calls its own place 我市 or 我省, and only where one place answers: a
 * full pinyin names a province, prefecture or county; initials name a province or prefecture, a city (市) before a
 * league or prefecture of another suffix (xa: 西安市, not 兴安盟).
 */
final class Publisher {

    private Publisher() {}

    /** By the gazetteer: pinyin and initials of China's places to the places. */
    private static final Map<Gazetteer, Map<String, List<Gazetteer.Entry>>> INDEX = new WeakHashMap<>();

    /** The place of the address on the article's first line ("URL: …"), or null. */
    static Gazetteer.Entry of(String text, Gazetteer g) {
        if (!text.startsWith("URL:")) {
            return null;
        }
        int eol = text.indexOf('\n');
        String host;
        try {
            host = URI.create(text.substring(4, eol < 0 ? text.length() : eol).strip())
                    .getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null || !host.toLowerCase(java.util.Locale.ROOT).endsWith(".gov.cn")) {
            return null;
        }
        String[] labels = host.toLowerCase(java.util.Locale.ROOT)
                .substring(0, host.length() - ".gov.cn".length())
                .split("\\.");
        Map<String, List<Gazetteer.Entry>> index = index(g);
        for (int i = labels.length - 1; i >= 0; i--) {
            Gazetteer.Entry full = one(index.getOrDefault("=" + labels[i], List.of()));
            if (full != null) {
                return full;
            }
            Gazetteer.Entry initials = one(index.getOrDefault("^" + labels[i], List.of()));
            if (initials != null) {
                return initials;
            }
        }
        return null;
    }

    /** The one place of the highest level, a city (市) or province (省) first among places of one level; else null. */
    private static Gazetteer.Entry one(List<Gazetteer.Entry> found) {
        for (Level level : new Level[] {Level.PROVINCE, Level.PREFECTURE, Level.COUNTY}) {
            List<Gazetteer.Entry> of =
                    found.stream().filter(e -> e.level() == level).toList();
            if (of.size() == 1) {
                return of.get(0);
            }
            if (!of.isEmpty()) {
                List<Gazetteer.Entry> plain = of.stream()
                        .filter(e -> e.nameZh().endsWith("市") || e.nameZh().endsWith("省"))
                        .toList();
                return plain.size() == 1 ? plain.get(0) : null;
            }
        }
        return null;
    }

    private static synchronized Map<String, List<Gazetteer.Entry>> index(Gazetteer g) {
        return INDEX.computeIfAbsent(g, Publisher::build);
    }

    private static Map<String, List<Gazetteer.Entry>> build(Gazetteer g) {
        Map<String, List<Gazetteer.Entry>> index = new HashMap<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        g.forEachKey((key, entries) -> {
            for (Gazetteer.Entry e : entries) {
                if (!"CN".equals(e.country())
                        || e.nameZh() == null
                        || (e.level() != Level.PROVINCE && e.level() != Level.PREFECTURE && e.level() != Level.COUNTY)
                        || !seen.add(e.id())) {
                    continue;
                }
                List<String> syllables = Names.pinyinSyllables(e.nameZh());
                if (syllables.size() < 2 || syllables.stream().anyMatch(Names::hasHan)) {
                    continue; // one character, or one with no reading
                }
                StringBuilder full = new StringBuilder();
                StringBuilder initials = new StringBuilder();
                for (String syllable : syllables) {
                    full.append(syllable.replace("v", "u"));
                    initials.append(syllable.charAt(0));
                }
                index.computeIfAbsent("=" + full, k -> new ArrayList<>()).add(e);
                if (e.level() != Level.COUNTY) {
                    index.computeIfAbsent("^" + initials, k -> new ArrayList<>())
                            .add(e);
                }
            }
        });
        return index;
    }
}
