package org.youcheng.extract.internal;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.youcheng.registry.Level;

/**
 * The second step of {@link MentionScanner}: foreign names the article has placed once are found again where written
 * alone, also by their last part (日本鹤冈市, later 鹤冈市; 韩国光州广域市南区, later 南区 — even where a Chinese
 * district bears that name).
 */
final class RememberedNames {

    /** The level suffixes a place named before may be written again without. */
    private static final String STEM_SUFFIXES = "市省州县郡府道";

    private RememberedNames() {}

    /** The last unit of a name written with its region (光州广域市南区 → 南区), or null when it has no region. */
    static String lastUnit(String name) {
        for (int i = name.length() - 3; i >= 1; i--) {
            if ("市州省县道都府郡区".indexOf(name.charAt(i)) >= 0 && ChineseText.han(name.charAt(i + 1))) {
                String unit = name.substring(i + 1);
                return unit.length() >= 2 && "市州省县道都府郡区".indexOf(unit.charAt(unit.length() - 1)) >= 0 ? unit : null;
            }
        }
        return null;
    }

    /**
     * A place's name without its level's suffix (福塔莱萨市 → 福塔莱萨, 邵尼市 → 邵尼, 乌多姆赛省 → 乌多姆赛, 长野县 → 长野), as
     * the press writes a place named before; only transliterations rather than words: three characters or more before
     * the suffix, or two that the dictionary does not hold as a word (小城市 is no 小城).
     */
    static String stem(String name) {
        if (name.length() < 3 || STEM_SUFFIXES.indexOf(name.charAt(name.length() - 1)) < 0 || lastUnit(name) != null) {
            return null;
        }
        String stem = name.substring(0, name.length() - 1);
        return stem.length() >= 3 || ChineseText.han(stem.charAt(0)) && !CoreDictionary.contains(stem) ? stem : null;
    }

    /**
     * The short form the press gives a foreign city named in full before (蒙特利公园市, later 蒙市): its first character
     * and 市, for a placed name of four characters or more; null when that short form is a word (全市, 本市) or the
     * name is written with its region.
     */
    private static String cityShort(Mention m) {
        if (m.place() == null
                || (m.type() != Mention.Type.FOREIGN && m.type() != Mention.Type.FOREIGN_BARE)
                || m.name().length() < 4
                || !m.name().endsWith("市")
                || lastUnit(m.name()) != null) {
            return null;
        }
        String shortForm = m.name().charAt(0) + "市";
        return ChineseText.han(shortForm.charAt(0)) && !CoreDictionary.contains(shortForm) ? shortForm : null;
    }

    /**
     * A placed foreign name that the gazetteer holds with its country in front (澳大利亚首都领地), without the country
     * (首都领地, three characters or more: a name, not a word); null for any other mention.
     */
    private static String withoutCountry(PlaceLexicon lexicon, Mention m, int[] scratch) {
        if (m.type() != Mention.Type.FOREIGN_BARE || m.place() == null) {
            return null;
        }
        PlaceLexicon.CountryHit c = lexicon.country(m.name(), 0, m.name().length(), scratch);
        return c != null && c.code().equals(m.countryCode()) && m.name().length() - c.end() >= 3
                ? m.name().substring(c.end())
                : null;
    }

    /**
     * An unplaced foreign name written after a foreign region the gazetteer holds (北爱尔兰弗马纳市): the rest
     * (弗马纳市, three characters or more); null for any other.
     */
    private static String afterForeignRegion(PlaceLexicon lexicon, Mention m, int[] scratch) {
        if (m.place() != null) {
            return null;
        }
        PlaceLexicon.PlaceHit region = lexicon.place(m.name(), 0, m.name().length(), scratch);
        return region != null
                        && region.end() >= 2
                        && m.name().length() - region.end() >= 3
                        && java.util.Arrays.stream(region.entries()).noneMatch(e -> "CN".equals(e.country()))
                ? m.name().substring(region.end())
                : null;
    }

    /** Whether a Chinese city the article names, that a short form may stand for, begins with a character (哈市). */
    private static boolean chineseInitial(List<Mention> mentions, char c) {
        for (Mention m : mentions) {
            if (m.cityOfShortForms() && m.place().nameZh().charAt(0) == c) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention after the k-th begins at or after a position (a name read longer overlaps none). */
    private static boolean nextStartsAfter(List<Mention> mentions, int k, int at) {
        return k + 1 >= mentions.size() || mentions.get(k + 1).start() >= at;
    }

    /**
     * Foreign names the article has placed once (日本鹤冈市) are found again where written alone (鹤冈市与宜昌市…).
     */
    static List<Mention> apply(MentionScanner scanner, String s, List<Mention> mentions) {
        Map<String, Mention> known = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == Mention.Type.FOREIGN) {
                known.putIfAbsent(m.name(), m);
            }
        }
        int[] scratch = new int[1];
        for (Mention m : mentions) {
            String rest = withoutCountry(scanner.lexicon(), m, scratch);
            if (rest != null) {
                known.putIfAbsent(rest, m); // 澳大利亚首都领地 (one name in the gazetteer), then 首都领地
            }
            if (m.type() == Mention.Type.FOREIGN) {
                String unit = lastUnit(m.name());
                if (unit == null) {
                    unit = afterForeignRegion(scanner.lexicon(), m, scratch);
                }
                if (unit != null) {
                    known.putIfAbsent(unit, m); // 光州广域市南区, then 南区; 北爱尔兰弗马纳市, then 弗马纳: the same place
                }
                if (m.name().length() >= 4 && m.name().endsWith("州") && lastUnit(m.name()) == null) {
                    known.putIfAbsent(m.name().charAt(0) + "州", m); // 塔斯马尼亚州, then 塔州 (StateShort)
                }
            }
            String city = cityShort(m);
            if (city != null) {
                known.putIfAbsent(city, m); // 蒙特利公园市, then 蒙市
            }
        }
        if (known.isEmpty()) {
            return mentions;
        }
        Trie names = new Trie(64);
        Trie stems = new Trie(16);
        List<Mention> byValue = new ArrayList<>(known.size());
        long[] firsts = new long[4]; // a bit per first character of a name or stem, modulo 256
        for (Map.Entry<String, Mention> e : known.entrySet()) {
            if (e.getKey().length() >= 2) {
                char first = e.getKey().charAt(0);
                firsts[(first & 255) >>> 6] |= 1L << first;
                names.put(e.getKey(), byValue.size());
                String stem = stem(e.getKey());
                if (stem != null) {
                    stems.put(stem, byValue.size());
                }
                byValue.add(e.getValue());
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size() + 4);
        int at = 0;
        int next = 0;
        while (at < s.length()) {
            Mention m = next < mentions.size() ? mentions.get(next) : null;
            if (m != null && m.start() <= at) {
                Mention abroad = null;
                // a Chinese county, district or subject word (全州, the whole prefecture) the known name covers
                boolean local = m.type() == Mention.Type.SUBJECT
                        || m.type() == Mention.Type.CHINESE
                                && m.place().level() != Level.PROVINCE
                                && m.place().level() != Level.PREFECTURE;
                boolean region = m.type() == Mention.Type.FOREIGN_BARE; // 明斯克州, later 明斯克州X区 as placed before
                // 蒙市 after 蒙特利公园市: the foreign city's short form, unless a Chinese city of the article has it
                boolean shortForm = m.type() == Mention.Type.SHORT && !chineseInitial(mentions, s.charAt(m.start()));
                int reach = region ? 16 : 2;
                int end = local || region
                        ? names.longest(s, m.start(), Math.min(s.length(), m.end() + reach), scratch)
                        : shortForm ? names.longest(s, m.start(), m.end(), scratch) : -1;
                if ((m.type() == Mention.Type.SUBJECT || region) && end <= m.end()) {
                    end = -1; // 全州 alone is the whole prefecture; only 全州市 after 韩国全州市 is the foreign city
                }
                if (end >= m.end() && nextStartsAfter(mentions, next, end)) {
                    abroad = byValue.get(scratch[0]);
                }
                if (abroad != null) {
                    // 南区 after 韩国光州广域市南区, 全州市 after 韩国全州市 (全州 a county here): the article has placed
                    // the name abroad, whatever place bears it here
                    m = new Mention(
                            m.start(),
                            end,
                            Mention.Type.FOREIGN_BARE,
                            abroad.name(),
                            abroad.place(),
                            abroad.countryCode(),
                            abroad.countryText(),
                            false);
                }
                out.add(m);
                at = Math.max(at, m.end());
                next++;
                continue;
            }
            char c = s.charAt(at);
            if ((firsts[(c & 255) >>> 6] & (1L << c)) == 0) {
                at++; // no name and no stem begins with this character (most positions)
                continue;
            }
            int limit = m == null ? s.length() : m.start();
            int end = names.longest(s, at, Math.min(limit, at + 48), scratch);
            if (end < 0) {
                end = stems.longest(s, at, Math.min(limit, at + 48), scratch); // 福塔莱萨市, later 福塔莱萨
            }
            int value = scratch[0]; // boundary() reuses scratch
            if (end > 0 && scanner.names().boundary(s, end, scratch)) {
                Mention k = byValue.get(value);
                out.add(new Mention(
                        at,
                        end,
                        Mention.Type.FOREIGN_BARE,
                        k.name(),
                        k.place(),
                        k.countryCode(),
                        k.countryText(),
                        false));
                at = end;
                continue;
            }
            at++;
        }
        return out;
    }
}
