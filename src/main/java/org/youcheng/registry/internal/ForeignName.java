package org.youcheng.registry.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * A foreign place's name as a table writes it, taken apart: the name itself, a region given in brackets behind it
 * (堪萨斯市(密苏里州)), the name in Latin letters written beside the Chinese (奈良市 Nara), and the keys it may be
 * filed under. Chinese writes a foreign city's 市 and 城 alike (盐湖市, 盐湖城), shortens 边疆区 to 边区, and
 * writes an autonomous division with or without 自治省; the keys cover those spellings.
 */
public record ForeignName(String written, String full, String bracketed, String latin) {

    private static final Pattern BRACKETS = Pattern.compile("^(.+?)\\s*[(（]([^()（）]+)[)）]\\s*$");
    /** Chinese, then the name in Latin letters: 奈良市 Nara, 堪萨斯市 (密苏里州) Kansas city. */
    private static final Pattern LATIN_BESIDE =
            Pattern.compile("^(.*\\p{IsHan}[^\\p{IsLatin}]*?)\\s*(\\p{IsLatin}[\\p{IsLatin}\\p{M} .'’-]*)$");
    /** Chinese, the name in Latin letters, its suffix: 新洲Blacktown市 (the whole is kept as written). */
    private static final Pattern LATIN_INSIDE =
            Pattern.compile("^(\\p{IsHan}*)\\s*(\\p{IsLatin}[\\p{IsLatin}\\p{M} .'’-]*?)\\s*([市州县縣郡区區镇鎮村])$");
    /** The separators of a compound name's parts: 北莱茵-威斯特法伦州, 夸祖鲁-纳塔尔省. */
    private static final Pattern PARTS = Pattern.compile("[-‐‑–—·・]+");
    /** A Japanese town or village written after its district (郡, no municipality): 上益城郡甲佐町, 雨竜郡沼田町. */
    private static final Pattern TOWN_AFTER_DISTRICT = Pattern.compile("^\\p{IsHan}{1,5}郡(\\p{IsHan}{1,6}[町村])$");

    /**
     * A word that describes the place instead of naming it, written between its country or region and its name
     * (新西兰首都惠灵顿, 帕拉州首府贝伦市, 港口城市釜山): not part of the name. Only with a name of two characters or more after it,
     * and not in a name of its own (首都领地, 圣地亚哥首都大区).
     */
    private static final Pattern DESCRIPTION = Pattern.compile("(?:首都|首府城市|首府|省会城市|省会|省會城市|省會|州府|港口城市|海港城市|海濱城市|海滨城市)"
            + "(?!领地|領地|特区|特區|大区|大區|地区|地區|区|區|圈|直辖区|直轄區)(?=\\p{IsHan}{2})");

    public static ForeignName of(String text) {
        String s = DESCRIPTION.matcher(text.strip()).replaceFirst("");
        String latin = null;
        Matcher l = LATIN_BESIDE.matcher(s);
        Matcher inside = LATIN_INSIDE.matcher(s);
        if (l.matches() && l.group(2).strip().length() >= 2) {
            s = l.group(1).strip();
            latin = l.group(2).strip();
        } else if (inside.matches() && inside.group(2).strip().length() >= 3) {
            latin = inside.group(2).strip(); // 新洲Blacktown市: the name in Latin letters, with a region and a suffix
        }
        Matcher m = BRACKETS.matcher(s);
        if (m.matches()) {
            return new ForeignName(
                    m.group(1).strip(),
                    suffixRead(Names.full(m.group(1))),
                    m.group(2).strip(),
                    latin);
        }
        return new ForeignName(s, suffixRead(Names.full(s)), null, latin);
    }

    private static final java.nio.charset.CharsetEncoder GB2312 =
            java.nio.charset.Charset.forName("GB2312").newEncoder();
    private static final List<String> ONE_CHARACTER_SUFFIXES =
            List.of("县", "市", "州", "省", "区", "郡", "府", "道", "町", "村");

    /**
     * A name whose last character is no simplified Chinese character (outside GB 2312, as the Japanese 県 of 山口県)
     * but reads like an administrative suffix, with that suffix instead: 山口県 is 山口县.
     */
    public static String suffixRead(String full) {
        if (full.length() >= 4 && (full.endsWith("町市") || full.endsWith("村市"))) {
            full = full.substring(0, full.length() - 1); // 阿见町市: a town's own suffix, then the 市 a writer adds to all
        }
        if (full.length() < 3 || !Names.hasHan(full)) {
            return full;
        }
        char last = full.charAt(full.length() - 1);
        synchronized (GB2312) {
            if (GB2312.canEncode(last)) {
                return full;
            }
        }
        String reading = Transliteration.reading(last);
        for (String suffix : ONE_CHARACTER_SUFFIXES) {
            if (Transliteration.reading(suffix.charAt(0)).equals(reading)) {
                return full.substring(0, full.length() - 1) + suffix;
            }
        }
        return full;
    }

    /** The same name with another full form (after a country or region in front of it was taken off). */
    public ForeignName rest(String restFull, String restWritten) {
        return new ForeignName(restWritten, restFull, bracketed, latin);
    }

    /**
     * The short form of a compound name, the first character of each part (北莱茵-威斯特法伦州 → 北威, 夸祖鲁-纳塔尔省
     * → 夸纳), or null for a name of one part.
     */
    public static String abbreviation(String nameZh) {
        if (nameZh == null) {
            return null;
        }
        String[] parts = PARTS.split(Names.simplified(nameZh.strip()));
        if (parts.length < 2) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty() || !Names.hasHan(part.substring(0, 1))) {
                return null;
            }
            b.append(part.charAt(0));
        }
        return b.toString();
    }

    /** Every key a place of this name may be filed under, the name's own key first. */
    public static List<String> keys(String full) {
        Set<String> keys = new LinkedHashSet<>();
        String key = Names.stripSuffix(full);
        keys.add(key);
        // 市 may be part of the name itself (四日市 is 四日市市)
        keys.add(full);
        Matcher town = TOWN_AFTER_DISTRICT.matcher(full);
        if (town.matches()) {
            keys.add(Names.stripSuffix(town.group(1)));
            keys.add(town.group(1));
        }
        if (full.endsWith("城") && full.length() > 2) {
            keys.add(Names.stripSuffix(full.substring(0, full.length() - 1)));
        } else if (!Names.hasHan(full)) {
            return List.copyOf(keys);
        } else if (key.length() >= 2) {
            keys.add(key + "城");
        }
        if (full.endsWith("边区")) {
            keys.add(full.substring(0, full.length() - 2));
        }
        if (full.endsWith("大区") && full.length() >= 4) {
            // 托斯卡纳大区 is 托斯卡纳; 巴黎大区 finds the city 巴黎, whose region the resolver then takes
            keys.add(full.substring(0, full.length() - 2));
        }
        for (String autonomous : AUTONOMOUS) {
            if (full.endsWith(autonomous) && full.length() - autonomous.length() >= 2) {
                keys.add(full.substring(0, full.length() - autonomous.length()));
            }
        }
        // a division named by its direction is written both ways: 南方省 and 南部省 (Southern Province), 中央省 中部省
        for (String k : List.copyOf(keys)) {
            String other = compassVariant(k);
            if (other != null) {
                keys.add(other);
            }
        }
        // 州 and 邦 both translate "state" (自由州省 and 自由邦省 are the Free State, 北方州 is 北方邦)
        for (String k : List.copyOf(keys)) {
            if (k.indexOf('州') >= 0 || k.indexOf('邦') >= 0) {
                String other = k.replace('州', '\u0000').replace('邦', '州').replace('\u0000', '邦');
                keys.add(other);
                // 巴伐利亚邦 is filed as 巴伐利亚: its 州 form loses the suffix the swap gave it
                keys.add(Names.stripSuffix(other));
            }
        }
        // a name in Japanese kanji (浜松, 栃木県, 渋川市): the characters simplified Chinese writes instead (滨松)
        for (String k : List.copyOf(keys)) {
            String chinese = Names.japaneseForms(k);
            if (!chinese.equals(k)) {
                keys.add(Names.stripSuffix(chinese));
                keys.add(chinese);
            }
        }
        return List.copyOf(keys);
    }

    /** 南方… for 南部… and back (东 西 南 北), 中央… for 中部… and back; null for a name of no direction. */
    public static String compassVariant(String key) {
        if (key.length() < 2) {
            return null;
        }
        char first = key.charAt(0);
        String second = key.substring(1, 2);
        String rest = key.substring(2);
        if ("东西南北".indexOf(first) >= 0) {
            return second.equals("方") ? first + "部" + rest : second.equals("部") ? first + "方" + rest : null;
        }
        if (key.startsWith("中央")) {
            return "中部" + rest;
        }
        return key.startsWith("中部") ? "中央" + rest : null;
    }

    private static final List<String> AUTONOMOUS = List.of("自治省", "自治共和国", "自治区", "自治市");

    /** Whether the name is written as a first-level division (州, 省, 道, 府, 大区, 边疆区 …). */
    public static boolean divisionSuffix(String full, String country) {
        return guessLevel(full, country) == Level.PROVINCE
                || full.endsWith("边区")
                || full.endsWith("大区")
                || full.endsWith("联邦区")
                || (full.endsWith("地区") && full.length() > 3);
    }

    /** The level a new foreign place most likely has, from its suffix. */
    public static Level guessLevel(String name, String country) {
        String suffix = Names.zhSuffix(name);
        return switch (suffix) {
            case "省", "州", "府", "自治州", "边疆区" -> Level.PROVINCE;
            case "县" -> "JP".equals(country) ? Level.PROVINCE : Level.COUNTY;
            // Britain's and Ireland's counties are their first-level divisions in the registry (Essex, Fingal)
            case "郡" -> "GB".equals(country) || "IE".equals(country) ? Level.PROVINCE : Level.COUNTY;
            case "区" -> Level.DISTRICT;
            case "镇", "町", "村" -> Level.TOWN;
            default -> name.endsWith("道") && name.length() > 2 ? Level.PROVINCE : Level.CITY;
        };
    }
}
