package org.youcheng.registry;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A foreign place's name as a table writes it, taken apart: the name itself, a region given in brackets behind it
 * (堪萨斯市(密苏里州)), and the keys it may be filed under. Chinese writes a foreign city's 市 and 城 alike (盐湖市,
 * 盐湖城), and shortens 边疆区 to 边区; the keys cover those spellings.
 */
record ForeignName(String written, String full, String bracketed) {

    private static final Pattern BRACKETS = Pattern.compile("^(.+?)\\s*[(（]([^()（）]+)[)）]\\s*$");

    static ForeignName of(String text) {
        String s = text.strip();
        Matcher m = BRACKETS.matcher(s);
        if (m.matches()) {
            return new ForeignName(m.group(1).strip(), Names.full(m.group(1)), m.group(2).strip());
        }
        return new ForeignName(s, Names.full(s), null);
    }

    /** The same name with another full form (after a country or region in front of it was taken off). */
    ForeignName rest(String restFull, String restWritten) {
        return new ForeignName(restWritten, restFull, bracketed);
    }

    /** Every key a place of this name may be filed under, the name's own key first. */
    static List<String> keys(String full) {
        Set<String> keys = new LinkedHashSet<>();
        String key = Names.stripSuffix(full);
        keys.add(key);
        // 市 may be part of the name itself (四日市 is 四日市市)
        keys.add(full);
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
        if (full.endsWith("大区") && full.length() > 4) {
            keys.add(full.substring(0, full.length() - 2));
        }
        return List.copyOf(keys);
    }

    /** Whether the name is written as a first-level division (州, 省, 道, 府, 大区, 边疆区 …). */
    static boolean divisionSuffix(String full, String country) {
        return PlaceResolver.guessLevel(full, country) == Level.PROVINCE || full.endsWith("边区")
                || full.endsWith("大区") || full.endsWith("联邦区") || (full.endsWith("地区") && full.length() > 3);
    }
}
