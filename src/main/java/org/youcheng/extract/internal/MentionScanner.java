package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;

/**
 * Finds the places an article names, left to right, longest name first: Chinese divisions from the gazetteer (a
 * chain such as 浙江省宁波市鄞州区 becomes its innermost place), foreign places written after their country —
 * gazetteer names or, when unknown, a transliteration up to an administrative suffix (莫雷利亚市, 安集延区) —
 * and foreign names written alone that the gazetteer or the article itself has already placed in a country.
 */
final class MentionScanner {

    private final PlaceLexicon lexicon;
    private final ForeignNames names;
    private final DemonstrativeSubject demonstratives;
    private final CountryLeftOut countryLeftOut;

    MentionScanner(PlaceLexicon lexicon) {
        this.lexicon = lexicon;
        this.names = new ForeignNames(lexicon);
        this.demonstratives = new DemonstrativeSubject(lexicon);
        this.countryLeftOut = new CountryLeftOut(names);
    }

    /** The gazetteer's names as tries (and the characters transliterations are written with). */
    PlaceLexicon lexicon() {
        return lexicon;
    }

    /** How foreign names are read after their country. */
    ForeignNames names() {
        return names;
    }

    Gazetteer gazetteer() {
        return lexicon.gazetteer();
    }

    List<Mention> scan(String s) {
        List<Mention> out = new ArrayList<>();
        List<Mention> bareCounties = new ArrayList<>(0);
        int[] scratch = new int[1];
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!ChineseText.han(c)) {
                i++;
                continue;
            }
            int limit = Math.min(n, i + 24);
            Mention own = c == '我' || c == '本' ? DemonstrativeSubject.firstPerson(s, i, out) : null;
            if (own != null) {
                out.add(own);
                i = own.end();
                continue;
            }
            // 我省, 本市, and 全省 (the whole province: the province itself; not 全市场, the whole market)
            if ((c == '我' || c == '本' || c == '全' && !s.startsWith("场", i + 2))
                    && i + 1 < n
                    && DemonstrativeSubject.UNITS.indexOf(s.charAt(i + 1)) >= 0) {
                out.add(new Mention(i, i + 2, Mention.Type.SUBJECT, s.substring(i, i + 2), null, "CN", null, true));
                i += 2;
                continue;
            }
            if ((c == '省' || c == '市')
                    && s.startsWith("政府", i + 1)
                    && (i == 0 || !ChineseText.han(s.charAt(i - 1)) || "与和同跟".indexOf(s.charAt(i - 1)) >= 0)) {
                // 省政府与韩国庆尚北道…签署: the government of the article's own province (or city), named by its level
                out.add(new Mention(i, i + 1, Mention.Type.SUBJECT, "本" + c, null, "CN", null, true));
                i++;
                continue;
            }
            if ((c == '这' || c == '该') && !out.isEmpty()) {
                Mention standsFor = demonstratives.at(s, i, out, scratch);
                if (standsFor != null) {
                    out.add(standsFor);
                    i = standsFor.end();
                    continue;
                }
            }
            PlaceLexicon.CountryHit country = lexicon.country(s, i, limit, scratch);
            PlaceLexicon.PlaceHit place = lexicon.place(s, i, limit, scratch);
            Mention item = country == null ? countryLeftOut.nextItem(s, i, out, place) : null;
            if (item != null) {
                out.add(item);
                i = item.end();
                continue;
            }
            if (country != null && (place == null || country.end() >= place.end())) {
                // 澳门, 香港, 台湾: names of China that are also its places (a province-level division)
                Mention m = !"CN".equals(country.code())
                        ? foreignAfter(s, i, country)
                        : place != null ? placeAt(s, i, place, scratch, bareCounties) : null;
                out.addAll(m == null ? List.of() : List.of(m));
                i = m == null ? country.end() : m.end();
                continue;
            }
            if (place != null) {
                Mention m = placeAt(s, i, place, scratch, bareCounties);
                if (m != null) {
                    out.add(m);
                    i = m.end();
                    continue;
                }
            }
            if (i + 1 < n
                    && s.charAt(i + 1) == '市'
                    && (i == 0 || !ChineseText.han(s.charAt(i - 1)) || "与和同跟".indexOf(s.charAt(i - 1)) >= 0)) {
                out.add(new Mention(i, i + 2, Mention.Type.SHORT, s.substring(i, i + 2), null, "CN", null, true));
                i += 2;
                continue;
            }
            i++;
        }
        if (!bareCounties.isEmpty()) {
            out = MentionChains.withBareCounties(out, bareCounties, lexicon.gazetteer(), s);
        }
        List<Mention> merged = MentionChains.merge(out, lexicon.gazetteer(), s);
        return RememberedNames.apply(this, s, merged);
    }

    /** A gazetteer name: Chinese when any Chinese place bears it, else a foreign name written alone. */
    private Mention placeAt(String s, int i, PlaceLexicon.PlaceHit hit, int[] scratch, List<Mention> bareCounties) {
        int end = hit.end();
        int suffixEnd = ForeignNames.adverb(s, lexicon.suffix(s, end, Math.min(s.length(), end + 6), scratch));
        int writtenEnd = suffixEnd > 0 ? suffixEnd : end;
        Gazetteer.Entry best = null;
        for (Gazetteer.Entry e : hit.entries()) {
            if (!"CN".equals(e.country()) || e.nameZh() == null) {
                continue;
            }
            if (best == null || ChineseForms.better(e, best, s, i, writtenEnd)) {
                best = e;
            }
        }
        boolean withSuffix = best != null && suffixEnd > 0 && ChineseText.writtenAt(best.nameZh(), s, i, writtenEnd);
        if (best != null && !withSuffix && ChineseText.writtenAt(best.nameZh(), s, i, end)) {
            // 沛县, 单县: a two-character name is filed with its suffix, so the hit is the name written in full
            withSuffix = true;
            suffixEnd = end;
        }
        Gazetteer.Entry former = best != null && !withSuffix ? ChineseForms.formerCity(hit, s, i, end) : null;
        if (former != null) {
            best = former; // 江津市, 玉环县, 永和市 (not 永和县): a place made a city or a district, by its former name
            withSuffix = true;
            suffixEnd = end + 1;
        }
        if (best != null
                && !withSuffix
                && suffixEnd == end + 1
                && ChineseForms.autonomousShort(best.nameZh(), s, i, end)) {
            // 元江县, 屏边县: an autonomous county (元江哈尼族彝族傣族自治县) by its short name and its suffix
            withSuffix = true;
        }
        if (best != null
                && !withSuffix
                && best.level() != Level.PROVINCE
                && best.level() != Level.PREFECTURE
                && !(best.level() == Level.COUNTY && end - i >= 3)) {
            // districts and short county names written bare are mostly words (友好, 和平, 城关), not places
            if (best.level() == Level.COUNTY || best.level() == Level.DISTRICT) {
                bareCounties.add(
                        new Mention(i, end, Mention.Type.CHINESE, s.substring(i, end), best, "CN", null, true));
            }
            best = null;
        }
        if (best != null && best.level() == Level.DISTRICT && CommonWords.noun(best.nameZh())) {
            best = null; // 城区相连: a district named by a common noun (阳泉's 城区), written alone, is the noun
        }
        if (best != null && levelsOfATie(s, withSuffix ? suffixEnd : end)) {
            best = null; // 缔结友好区州关系: 友好区 and 州 name the levels of a tie, not Yichun's old district
        }
        if (best != null) {
            int stop = withSuffix ? suffixEnd : end;
            return new Mention(i, stop, Mention.Type.CHINESE, s.substring(i, stop), best, "CN", null, !withSuffix);
        }
        boolean title = suffixEnd > 0 && suffixEnd < s.length() && s.charAt(suffixEnd) == ForeignNames.TITLE;
        int stop = suffixEnd > 0 && !title ? suffixEnd : end;
        if (!names.endsKnown(s, stop, scratch)) {
            return suffixEnd == stop ? countryLeftOut.placeInRegion(s, i, stop, hit) : null;
        }
        Gazetteer.Entry e = hit.inCountry(null, s, i, stop);
        if (e == null
                || NamedPersons.personName(s, i, stop)
                || lexicon.transliteration().tailOf(s, i, end)
                || (stop == end ? commonWord(s.substring(i, stop)) : CommonWords.wordBeforeOffice(s, i, end))
                || GenericNouns.aloneIsNoun(s, i, stop)) {
            return null;
        }
        return new Mention(i, stop, Mention.Type.FOREIGN_BARE, s.substring(i, stop), e, e.country(), null, stop == end);
    }

    /** A foreign name written alone that is a word of the language, unless the dictionary files it as a rare name. */
    private boolean commonWord(String name) {
        return CommonWords.word(name)
                && !(CommonWords.rareName(name) && lexicon.transliteration().reads(name));
    }

    /** A second level's suffix and 关系 right after a name with its suffix (友好区州关系, 友好省州关系). */
    private static boolean levelsOfATie(String s, int at) {
        return at + 2 < s.length() && "省市区州县".indexOf(s.charAt(at)) >= 0 && s.startsWith("关系", at + 1);
    }

    /** A country and the place written after it; the country alone when no place name follows. */
    private Mention foreignAfter(String s, int start, PlaceLexicon.CountryHit country) {
        int p = country.end();
        String countryText = s.substring(start, p);
        if (s.startsWith("共和国", p)) {
            p += 3;
        }
        while (p < s.length() && (s.charAt(p) == '—' || s.charAt(p) == '-')) {
            p++;
        }
        p = PlaceDescriptors.capitalEnd(s, p);
        ForeignNames.Name name = names.read(s, p, country.code());
        int described = PlaceDescriptors.end(s, p);
        if (described > p) {
            ForeignNames.Name known = names.read(s, described, country.code());
            name = known != null && known.place() != null ? known : name; // 日本古城奈良: a description first
        }
        if (name == null
                && p + 1 < s.length()
                && "省州市城".indexOf(s.charAt(p)) >= 0
                && names.boundary(s, p + 1, new int[1])) {
            // 巴拿马省, 墨西哥州: a division named after its country, the country written once
            String named = s.substring(start, p + 1);
            PlaceLexicon.PlaceHit hit = lexicon.place(named, 0, named.length(), new int[1]);
            Gazetteer.Entry place = hit == null ? null : hit.inCountry(country.code());
            return new Mention(start, p + 1, Mention.Type.FOREIGN, named, place, country.code(), countryText, false);
        }
        if (name == null && p + 1 < s.length() && s.charAt(p) == '的') {
            ForeignNames.Name after = names.read(s, p + 1, country.code());
            name = after != null && after.place() != null ? after : null; // 美国的纽约市: a known place after 的
        }
        if (name == null
                || PlaceCount.whole(name.text())
                || name.place() == null && PlaceDescriptors.suffixOfAnotherCountry(name.text(), country.code())) {
            return new Mention(
                    start, country.end(), Mention.Type.COUNTRY, countryText, null, country.code(), countryText, true);
        }
        return new Mention(
                start, name.end(), Mention.Type.FOREIGN, name.text(), name.place(), country.code(), countryText, false);
    }
}
