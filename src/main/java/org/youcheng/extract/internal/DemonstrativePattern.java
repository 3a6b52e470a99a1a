package org.youcheng.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;

/**
 * The foreign side written as a demonstrative noun phrase at the head of its clause: 这一新西兰南岛城市与A市结为…,
 * 该市同A市缔结…. The phrase stands for the place named last before it: a foreign place (of the country the phrase
 * names, if it names one) is the partner of the clause's Chinese place; a Chinese place named last means the phrase is
 * ours (该市 after 青岛市), and nothing is read.
 */
final class DemonstrativePattern extends NamedPattern {

    /** 这一/这座/这个/该, up to twelve characters of description, then the head noun. */
    private static final Pattern PHRASE = Pattern.compile("(?:这一|这座|这个|该)[^,，。;；:：、!！?？\\s]{0,12}?(?:城市|市|省|州|县|郡|地区)");
    /** Only times may stand before the phrase in its clause (去年8月,这一…城市…). */
    private static final Pattern LEAD = Pattern.compile(ElidedSubjectPattern.TIME + "*");
    /** How far back the place the phrase stands for may be named. */
    private static final int REACH = 300;

    DemonstrativePattern() {
        super("demonstrative", "指代句");
    }

    @Override
    public void read(Sentence s) {
        if (s.words.isEmpty()) {
            return;
        }
        Matcher m = PHRASE.matcher(s.text).region(s.from, s.to);
        while (m.find()) {
            int cs = s.clauseStart(m.start(), s.from);
            if (!LEAD.matcher(s.text.substring(cs, m.start()).strip()).matches()) {
                continue;
            }
            Mention ante = antecedent(s, m.start(), m.end());
            Mention d = chineseAfter(s, m.end(), s.clauseEnd(m.end()));
            if (ante == null || d == null) {
                continue;
            }
            Mention f = new Mention(
                    m.start(),
                    m.end(),
                    Mention.Type.FOREIGN,
                    ante.name(),
                    ante.place(),
                    ante.countryCode(),
                    ante.countryText(),
                    ante.bare());
            if (s.tie(name(), s.home(d), d, f, m.start())) {
                for (int k = 0; k < s.size(); k++) {
                    if (s.m(k).start() >= m.start() && s.m(k).end() <= m.end()) {
                        s.paired[k] = true; // 新西兰南岛重要(城市): a description, not a place of its own
                    }
                }
            }
        }
    }

    /** The foreign place the phrase stands for: the last place named before it, if foreign and of the phrase's country. */
    private static Mention antecedent(Sentence s, int start, int end) {
        String country = null;
        for (Mention x : s.r.mentions) {
            if (x.start() >= start && x.end() <= end && x.countryCode() != null) {
                country = x.countryCode();
                break;
            }
        }
        Mention last = null;
        for (Mention x : s.r.mentions) {
            if (x.end() > start) {
                break;
            }
            if (x.type() != Mention.Type.COUNTRY) {
                last = x;
            }
        }
        if (last == null || !last.foreign() || last.place() == null || start - last.end() > REACH) {
            return null;
        }
        Gazetteer.Entry p = last.place();
        String code = last.countryCode() != null ? last.countryCode() : p.country();
        return country == null || code == null || country.equals(code) ? last : null;
    }

    /** The first Chinese place of the clause after the phrase that stands for a known place, or null. */
    private static Mention chineseAfter(Sentence s, int from, int to) {
        for (int k = 0; k < s.size(); k++) {
            Mention x = s.m(k);
            if (x.start() >= from && x.end() <= to && s.home(k) != null) {
                return x;
            }
        }
        return null;
    }
}
