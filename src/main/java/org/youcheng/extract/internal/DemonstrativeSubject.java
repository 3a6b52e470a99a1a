package org.youcheng.extract.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A demonstrative as a clause's subject, read by {@link MentionScanner} as the mention of the place it stands for, so
 * that every sentence pattern reads it: 该市 (该省, 该州 …) is the place named last before it, the article's own
 * when that is Chinese; a longer noun phrase (这一新西兰南岛重要城市, 这座城市) stands only for a foreign place.
 */
final class DemonstrativeSubject {

    /** The nouns of a division after 该 (and after 我, 本: 我市, 本省). */
    static final String UNITS = "市省区县州";

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
     * 我郡, 本道 in a foreign speaker's words (韩国奉化郡守致信…我郡友好城市铜川市): the foreign place of that suffix named
     * last; only for units no Chinese place bears, where 我 cannot be the article's own place.
     */
    static Mention firstPerson(String s, int i, List<Mention> out) {
        if (i + 1 >= s.length() || FOREIGN_UNITS.indexOf(s.charAt(i + 1)) < 0) {
            return null;
        }
        for (int k = out.size() - 1; k >= 0; k--) {
            Mention m = out.get(k);
            if (m.foreign() && m.name().charAt(m.name().length() - 1) == s.charAt(i + 1)) {
                return standingFor(m, i, i + 2);
            }
        }
        return null;
    }

    /** Suffixes of divisions abroad that no Chinese place bears (郡 of Korea, Japan, Britain; 道 of Korea). */
    private static final String FOREIGN_UNITS = "郡道";

    /**
     * The mention a demonstrative at {@code i} stands for, else null: 该市 for the place named last (a subject mention
     * when that is Chinese: 该市 after 扬州市 is ours); a longer noun phrase at the head of its clause for the foreign
     * place named last before it (within {@link #REACH}, of the country the phrase names if it names one).
     */
    Mention at(String s, int i, List<Mention> out, int[] scratch) {
        if (s.charAt(i) == '该' && i + 1 < s.length() && UNITS.indexOf(s.charAt(i + 1)) >= 0) {
            Mention last = out.getLast();
            Mention state = s.charAt(i + 1) == '州' && !last.name().endsWith("州") ? lastState(out, i) : null;
            if (state != null) {
                // 石家庄市、邯郸市分别与该州的…: 该州 after Chinese cities is the state named before them (with its 的,
                // so that the name after it is read as after any mention)
                return standingFor(state, i, i + 2 < s.length() && s.charAt(i + 2) == '的' ? i + 3 : i + 2);
            }
            if (last.domestic()) {
                return new Mention(i, i + 2, Mention.Type.SUBJECT, s.substring(i, i + 2), null, "CN", null, true);
            }
            if (last.foreign()) {
                // 俄罗斯X市市长表示,该市与中国Y市…: 该市 after a foreign place is that place
                return standingFor(last, i, i + 2);
            }
        }
        Matcher m = DEMONSTRATIVE.matcher(s).region(i, Math.min(s.length(), i + 18));
        if (!m.lookingAt() || m.end() - i <= 2) {
            return null; // 该市 after no place, or after a country alone
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
        // 这一新西兰南岛城市与A市…: the phrase is the foreign place named last, its description no place
        return standingFor(last, i, m.end());
    }

    /** The foreign place written with 州 named last before {@code i}, within {@link #REACH}; null when none. */
    private static Mention lastState(List<Mention> out, int i) {
        for (int k = out.size() - 1; k >= 0 && i - out.get(k).end() <= REACH; k--) {
            Mention m = out.get(k);
            if (m.foreign() && m.name().endsWith("州")) {
                return m;
            }
        }
        return null;
    }

    /** The place {@code p} mentioned again at {@code [start, end)}. */
    private static Mention standingFor(Mention p, int start, int end) {
        return new Mention(start, end, p.type(), p.name(), p.place(), p.countryCode(), p.countryText(), p.bare());
    }
}
