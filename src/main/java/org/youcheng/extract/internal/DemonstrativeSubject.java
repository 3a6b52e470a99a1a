package org.youcheng.extract.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A demonstrative noun phrase as a clause's subject (这一新西兰南岛重要城市, 这座城市, 该市 after a foreign place): read by
 * {@link MentionScanner} as the mention of the foreign place it stands for, so that every sentence pattern reads it.
 */
final class DemonstrativeSubject {

    /** 这一/这座/这个/该, up to twelve characters of description, then the head noun (这一新西兰南岛重要城市). */
    private static final Pattern DEMONSTRATIVE =
            Pattern.compile("(?:这一|这座|这个|该)[^,，。;；:：、!！?？\\s]{0,12}?(?:城市|市|省|州|县|郡|地区)");
    /** Only times may stand before a demonstrative subject in its clause (去年8月,这一…城市…). */
    private static final Pattern LEAD = Pattern.compile(ElidedSubjectPattern.TIME + "*");
    /** How far back the place a demonstrative phrase stands for may be named. */
    private static final int REACH = 300;

    private final PlaceLexicon lexicon;

    DemonstrativeSubject(PlaceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A demonstrative noun phrase at the head of its clause that stands for the foreign place named last before it
     * (within {@link #REACH}, of the country the phrase names if it names one), as that place's mention; else null.
     * A Chinese place named last means the phrase is ours (该市 after 扬州市).
     */
    Mention at(String s, int i, List<Mention> out, int[] scratch) {
        Matcher m = DEMONSTRATIVE.matcher(s).region(i, Math.min(s.length(), i + 18));
        if (!m.lookingAt() || m.end() - i <= 2) {
            return null; // 该市 alone the scanner reads itself
        }
        int cs = i;
        while (cs > 0 && !ChineseText.clauseEnd(s.charAt(cs - 1))) {
            cs--;
        }
        if (!LEAD.matcher(s.substring(cs, i).strip()).matches()) {
            return null;
        }
        Mention last = null;
        for (int k = out.size() - 1; k >= 0 && last == null; k--) {
            if (out.get(k).type() != Mention.Type.COUNTRY) {
                last = out.get(k);
            }
        }
        if (last == null || !last.foreign() || last.place() == null || i - last.end() > REACH) {
            return null;
        }
        String code =
                last.countryCode() != null ? last.countryCode() : last.place().country();
        for (int k = i; k < m.end(); k++) {
            PlaceLexicon.CountryHit named = lexicon.country(s, k, m.end(), scratch);
            if (named != null) {
                if (code != null && !code.equals(named.code())) {
                    return null; // 这一美国港口城市 after a Japanese city: another place
                }
                break;
            }
        }
        return new Mention(
                i,
                m.end(),
                last.type(),
                last.name(),
                last.place(),
                last.countryCode(),
                last.countryText(),
                last.bare());
    }
}
