package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A town (镇, 乡) as the side of a clause (福洪镇与法国埃斯曼市签订…): the gazetteer holds no towns, so the tie is the
 * town's, not the article's place's, and is not read.
 */
final class TownSide {

    /** A town's name (two characters and 镇 or 乡) and a connector. */
    private static final Pattern TOWN = Pattern.compile("(\\p{IsHan}{2})([镇乡])(?:人民政府|政府)?[与和同跟]");

    private TownSide() {}

    /** Whether a town stands with its connector between two positions (not a word such as 城镇 or 乡村). */
    static boolean before(String text, int from, int to) {
        Matcher t = TOWN.matcher(text).region(from, to);
        while (t.find()) {
            String name = t.group(1);
            if (!CommonWords.word(name) && !CommonWords.word(name.charAt(1) + t.group(2))) {
                return true;
            }
        }
        return false;
    }
}
