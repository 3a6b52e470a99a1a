package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * The mentions {@link MentionScanner} found, joined where two are one place: a Chinese place written right after the
 * one above it, and a short county name written bare where the article also writes it in full.
 */
final class MentionChains {

    private MentionChains() {}

    /**
     * A short county name written bare (义乌) is the county when the article also writes it in full (义乌市) or in its
     * first line and twice more, and a
     * county or district written bare right after its city and before a connector or a stop (广州番禺与…) is that
     * place; in both cases only where no other mention covers it.
     */
    static List<Mention> withBareCounties(
            List<Mention> out, List<Mention> bareCounties, Gazetteer gazetteer, String s) {
        java.util.Set<Long> written = new java.util.HashSet<>();
        for (Mention m : out) {
            if (m.type() == Mention.Type.CHINESE && !m.bare()) {
                written.add(m.place().id());
            }
        }
        int title = FirstLine.end(s);
        java.util.Map<Long, Integer> times = new java.util.HashMap<>();
        java.util.Set<Long> titled = new java.util.HashSet<>();
        for (Mention c : bareCounties) {
            times.merge(c.place().id(), 1, Integer::sum);
            if (c.end() <= title) {
                titled.add(c.place().id());
            }
        }
        List<Mention> all = new ArrayList<>(out);
        for (Mention c : bareCounties) {
            boolean county = c.place().level() == Level.COUNTY;
            // the article's own county, written bare in its first line and again and again below (义乌与…)
            boolean subject = county
                    && titled.contains(c.place().id())
                    && times.get(c.place().id()) >= 3
                    && !CommonWords.word(c.name()); // 合作 (a city of Gansu) is the word for cooperation
            if (!(county && written.contains(c.place().id()) || subject)
                    && !afterItsCity(out, c, gazetteer, s)
                    && !ofTheArticlesCity(out, c, gazetteer, s, title)) {
                continue;
            }
            boolean covered = false;
            for (Mention m : out) {
                if (m.start() < c.end() && c.start() < m.end()) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                all.add(c);
            }
        }
        all.sort(java.util.Comparator.comparingInt(Mention::start));
        return all;
    }

    /** Characters a place's name may stand before: a connector, a list's mark, a stop. */
    private static final String AFTER_NAME = "与和同跟及、，,。；;：:\n ";

    private static boolean afterItsCity(List<Mention> out, Mention c, Gazetteer gazetteer, String s) {
        if (c.end() < s.length() && AFTER_NAME.indexOf(s.charAt(c.end())) < 0 || CommonWords.word(c.name())) {
            return false;
        }
        for (Mention m : out) {
            if (m.end() == c.start()
                    && m.type() == Mention.Type.CHINESE
                    && gazetteer.within(c.place(), m.place().id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 促成文登与坦桑尼亚桑给巴尔市缔结友城关系 in an article on 威海: a county or district written bare before a connector,
     * when the city it lies in is the article's (named in its first line, or twice).
     */
    private static boolean ofTheArticlesCity(List<Mention> out, Mention c, Gazetteer gazetteer, String s, int title) {
        if (c.end() >= s.length() || "与和同跟".indexOf(s.charAt(c.end())) < 0 || CommonWords.word(c.name())) {
            return false;
        }
        java.util.Map<Long, Integer> times = new java.util.HashMap<>();
        for (Mention m : out) {
            if (m.type() == Mention.Type.CHINESE
                    && m.place().id() != c.place().id()
                    && gazetteer.within(c.place(), m.place().id())
                    && (m.end() <= title || times.merge(m.place().id(), 1, Integer::sum) >= 2)) {
                return true;
            }
        }
        return false;
    }

    /** 广西柳州市, 浙江省宁波市鄞州区: a Chinese place written right after the one above it is that inner place. */
    static List<Mention> merge(List<Mention> in, Gazetteer gazetteer, String s) {
        List<Mention> out = new ArrayList<>(in.size());
        for (Mention m : in) {
            Mention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            // 辽宁省大连市, and 辽宁省的大连市: the place named with the province it lies in
            boolean chained = prev != null
                    && prev.type() == Mention.Type.CHINESE
                    && m.type() == Mention.Type.CHINESE
                    && (prev.end() == m.start() || prev.end() + 1 == m.start() && s.charAt(prev.end()) == '的');
            if (chained && !gazetteer.within(m.place(), prev.place().id())) {
                long above = prev.place().id(); // 重庆江北区: not Ningbo's 江北区
                m = namesake(m, gazetteer, alt -> gazetteer.within(alt, above));
            }
            // 本市东区, 我市黄岛区: the district (or county) of the article's own city is the place named
            boolean ownDistrict = prev != null
                    && prev.type() == Mention.Type.SUBJECT
                    && m.type() == Mention.Type.CHINESE
                    && prev.end() == m.start()
                    && (m.place().level() == Level.COUNTY || m.place().level() == Level.DISTRICT);
            if (ownDistrict
                    || chained && gazetteer.within(m.place(), prev.place().id())) {
                out.set(
                        out.size() - 1,
                        new Mention(prev.start(), m.end(), m.type(), m.name(), m.place(), "CN", null, m.bare()));
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * The Chinese mention as its first namesake (another Chinese place of the very same name, 江北区 of Ningbo and of
     * Chongqing) that passes the test, or the mention itself when none does.
     */
    static Mention namesake(Mention m, Gazetteer gazetteer, java.util.function.Predicate<Gazetteer.Entry> test) {
        for (Gazetteer.Entry alt : gazetteer.byKey(Names.key(m.place().nameZh()))) {
            if (alt.id() != m.place().id()
                    && "CN".equals(alt.country())
                    && m.place().nameZh().equals(alt.nameZh())
                    && test.test(alt)) {
                return new Mention(m.start(), m.end(), m.type(), m.name(), alt, "CN", null, m.bare());
            }
        }
        return m;
    }
}
