package org.youcheng.extract.internal;

import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;

/**
 * Foreign places written without their country where the text has given it another way: the next item of an
 * enumeration after a place of that country, a place after its region known alone. Read by {@link MentionScanner}.
 */
final class CountryLeftOut {

    private final ForeignNames names;

    CountryLeftOut(ForeignNames names) {
        this.names = names;
    }

    /**
     * The next item of an enumeration after a foreign place and 、, written without its country (美国佐治亚州X市、
     * 佛罗里达州Y市): a name up to a suffix in the country of the item before, read whole so that a Chinese name
     * inside the transliteration (佛罗里[达州]) is none. Never where a Chinese place begins.
     */
    Mention nextItem(String s, int i, List<Mention> out, PlaceLexicon.PlaceHit place) {
        Mention listed = sameCountry(s, i, out, place);
        if (listed != null) {
            return listed;
        }
        if (i == 0 || s.charAt(i - 1) != '、' || out.isEmpty() || PlaceLexicon.chinese(place)) {
            return null;
        }
        Mention before = out.getLast();
        if (before.type() != Mention.Type.FOREIGN || before.end() != i - 1 || before.countryCode() == null) {
            return null;
        }
        ForeignNames.Name name = names.read(s, i, before.countryCode());
        if (name == null
                || name.text().length() < 3
                || !PlaceLexicon.endsWithSuffix(s, i, name.end())
                || NotAName.NOT_A_NAME.indexOf(name.text().charAt(0)) >= 0
                || PlaceCount.whole(name.text())) {
            return null;
        }
        return new Mention(
                i,
                name.end(),
                Mention.Type.FOREIGN,
                name.text(),
                name.place(),
                before.countryCode(),
                before.countryText(),
                false);
    }

    /**
     * 韩国釜山、大邱、大田及水原: a name the gazetteer holds in the country of the list's item right before it (joined by
     * 、, 及 or 和, a name ending where the list goes on or ends) is that country's place, whatever else bears the name
     * (大田, a county of Fujian too).
     */
    private static Mention sameCountry(String s, int i, List<Mention> out, PlaceLexicon.PlaceHit place) {
        if (place == null || i == 0 || "、及和".indexOf(s.charAt(i - 1)) < 0 || out.isEmpty()) {
            return null;
        }
        Mention before = out.getLast();
        if (!before.foreign()
                || before.place() == null
                || before.end() != i - 1
                || place.end() < s.length() && "、及和等，,。；;".indexOf(s.charAt(place.end())) < 0) {
            return null;
        }
        for (Gazetteer.Entry e : place.entries()) {
            if (e.country().equals(before.place().country())) {
                return new Mention(
                        i,
                        place.end(),
                        Mention.Type.FOREIGN_BARE,
                        s.substring(i, place.end()),
                        e,
                        e.country(),
                        null,
                        true);
            }
        }
        return null;
    }

    /**
     * A foreign region known alone, written with its suffix and followed by a place in it without a country
     * (伯南布哥州彼得罗利纳市): the region and its place, read as after a country, when the place ends with a suffix.
     */
    Mention placeInRegion(String s, int i, int regionEnd, PlaceLexicon.PlaceHit hit) {
        Gazetteer.Entry region = hit.inCountry(null);
        for (Gazetteer.Entry e : hit.entries()) {
            if ((region == null || region.level() != Level.PROVINCE)
                    && e.level() == Level.PROVINCE
                    && !"CN".equals(e.country())) {
                region = e; // 明斯克州: the region the suffix writes, not the city of its name
            }
        }
        if (region == null || region.level() != Level.PROVINCE) {
            return null;
        }
        ForeignNames.Name name = names.read(s, i, region.country());
        if (name == null
                || name.end() <= regionEnd
                || name.end() - regionEnd > IN_REGION
                || !PlaceLexicon.endsWithSuffix(s, regionEnd, name.end())) {
            return null;
        }
        return new Mention(
                i, name.end(), Mention.Type.FOREIGN_BARE, name.text(), name.place(), region.country(), null, false);
    }

    /** How long the name of a place written after its region may be. */
    private static final int IN_REGION = 10;
}
