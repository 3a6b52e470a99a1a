package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Names;

/**
 * Partner names and lists in one {@link Sentence}: a transliteration no scan placed (up to its suffix, its country
 * from a bracket), the next item of a list (、 和 及, items without their country taking the one before), and the
 * walk along a list that ties each item.
 */
final class Partners {

    private final Sentence s;
    private final MentionScanner scanner;

    Partners(Sentence s, MentionScanner scanner) {
        this.s = s;
        this.scanner = scanner;
    }

    /** The gazetteer the scan reads names from. */
    Gazetteer gazetteer() {
        return scanner.gazetteer();
    }

    /**
     * A list item written without its country (与俄罗斯X州、Y边疆区) is in the country of the item before when the
     * gazetteer knows the name there too.
     */
    Mention inCountryOf(Mention next, Mention previous) {
        String code = previous.countryCode();
        if (next.type() != Mention.Type.FOREIGN_BARE || code == null || code.equals(next.countryCode())) {
            return next;
        }
        for (Gazetteer.Entry e : scanner.gazetteer().byKey(Names.key(next.name()))) {
            if (code.equals(e.country())) {
                return new Mention(
                        next.start(),
                        next.end(),
                        next.type(),
                        next.name(),
                        e,
                        code,
                        previous.countryText(),
                        next.bare());
            }
        }
        return next;
    }

    /** A name no country was found for takes the country of another mention. */
    static Mention withCountryOf(Mention u, Mention other) {
        return u.countryCode() != null
                ? u
                : new Mention(
                        u.start(),
                        u.end(),
                        u.type(),
                        u.name(),
                        u.place(),
                        other.countryCode(),
                        other.countryText(),
                        u.bare());
    }

    /**
     * The next item of a list of partners that no scan placed whole (与蒙古国X省Y市、Z省W市): a name up to a suffix
     * after 、 和 or 及, in the country of the item before it unless the gazetteer knows it elsewhere. It may end
     * with a place the scan found (Z省 written before a known W市), never inside one.
     */
    Mention nextUnplaced(Mention previous, int after, int next) {
        if (after >= s.to - 1 || "、和及".indexOf(s.text.charAt(after)) < 0) {
            return null;
        }
        Mention item = countryAndItem(after + 1, next);
        if (item != null) {
            return item;
        }
        Mention u = unplaced(after + 1, next);
        if (u == null
                || (next < s.ms.size()
                        && u.end() > s.ms.get(next).start()
                        && (u.end() != s.ms.get(next).end() || !s.ms.get(next).foreign()))) {
            return null;
        }
        return withCountryOf(u, previous);
    }

    /**
     * An item of a list written as a country and a short name no scan knows, up to the next joiner (、芬兰奥鲁、): the
     * list's structure says it is a place, the country where; null otherwise.
     */
    Mention countryAndItem(int at, int next) {
        if (next >= s.ms.size()
                || s.ms.get(next).type() != Mention.Type.COUNTRY
                || s.ms.get(next).start() != at) {
            return null;
        }
        Mention country = s.ms.get(next);
        int end = country.end();
        while (end < s.to && ChineseText.han(s.text.charAt(end)) && "、和及等".indexOf(s.text.charAt(end)) < 0) {
            end++;
        }
        if (end - country.end() < 2
                || end - country.end() > 6
                || end >= s.to
                || "、和及等".indexOf(s.text.charAt(end)) < 0
                || (next + 1 < s.ms.size() && s.ms.get(next + 1).start() < end)
                || NotAName.test(s.text.substring(country.end(), end))) {
            return null;
        }
        return new Mention(
                country.end(),
                end,
                Mention.Type.FOREIGN_BARE,
                s.text.substring(country.end(), end),
                null,
                country.countryCode(),
                country.countryText(),
                false);
    }

    /** How foreign names are read after their country. */
    ForeignNames names() {
        return scanner.names();
    }

    /**
     * A foreign place that no scan found: a name up to a suffix (西贡, 布雷斯特都市联合体) that is not Chinese, its
     * country taken from a bracket after it (西贡(今越南胡志明市)) when one is written there.
     */
    Mention unplaced(int at, int next) {
        return unplaced(at, next, false);
    }

    /**
     * {@link #unplaced(int, int)}, and when the words before name a place abroad ({@code named}: 英国友城彻特纳姆), a
     * transliteration without suffix too.
     */
    Mention unplaced(int at, int next, boolean named) {
        ForeignNames.Name name = scanner.names().read(s.text, at, null);
        if (name == null
                || name.end() > s.to
                || name.text().length() < 2
                || !(PlaceLexicon.endsWithSuffix(s.text, at, name.end())
                        || named && scanner.lexicon().transliteration().reads(name.text()))
                || NotAName.test(name.text())
                || name.place() == null && CommonWords.wordWithSuffix(name.text())
                || name.text().endsWith("盟")
                || NamedPersons.personName(s.text, at, name.end())) {
            return null; // …盟: a league is Inner Mongolia's, a union abroad is of countries (东盟, 欧盟, 非盟)
        }
        String code = name.place() == null ? null : name.place().country();
        String countryText = null;
        int close = s.skipBrackets(name.end());
        for (int k = next; k < s.ms.size() && s.ms.get(k).end() <= close; k++) {
            Mention m = s.ms.get(k);
            if (m.start() > name.end() && (m.type() == Mention.Type.FOREIGN || m.type() == Mention.Type.COUNTRY)) {
                code = m.countryCode();
                countryText = m.countryText();
                break;
            }
        }
        return new Mention(
                at, name.end(), Mention.Type.FOREIGN_BARE, name.text(), name.place(), code, countryText, false);
    }

    /** One item of a list of partners: the partner, and the index of the scanned mention it uses (-1 for none). */
    record Item(Mention partner, int index) {}

    /** The items of a list of partners and the index of the mention after the last one used. */
    record Walk(List<Item> items, int end) {}

    /**
     * The partners listed from mention {@code k} on (X、Y和Z, with brackets, items without their country), read
     * without tying them.
     */
    Walk walk(int k, Mention first, boolean scanned) {
        List<Item> items = new ArrayList<>();
        int b = walk(items, k, first, scanned);
        int again = CountedBracket.firstItem(s, items.get(items.size() - 1).partner(), b);
        if (again >= 0) {
            b = walk(items, again, s.m(again), true);
        }
        return new Walk(items, b);
    }

    /** Adds the items listed from mention {@code k} on; returns the index of the mention after the last one used. */
    private int walk(List<Item> items, int k, Mention first, boolean scanned) {
        Mention partner = first;
        int b = k;
        int index = scanned ? k : -1;
        while (partner != null) {
            if (scanned) {
                b++;
            }
            items.add(new Item(partner, index));
            // 恩德培市政府、锡卡索市政府: the places listed with their governments
            int after = s.skipBrackets(Organisations.governmentEnd(s.text, partner.end()));
            if (b < s.ms.size()
                    && s.ms.get(b).foreign()
                    && s.listed(after, s.ms.get(b).start())) {
                partner = inCountryOf(s.ms.get(b), partner);
                scanned = true;
                index = b;
            } else {
                partner = nextUnplaced(partner, after, b);
                scanned = false;
                index = -1;
                if (partner != null
                        && b < s.ms.size()
                        && partner.end() == s.ms.get(b).end()) {
                    index = b;
                    b++;
                } else if (partner != null
                        && b < s.ms.size()
                        && partner.start() == s.ms.get(b).end()) {
                    b++; // 芬兰奥鲁: the item's country was the next mention
                }
            }
        }
        return b;
    }

    /**
     * The partners listed from mention {@code k} on: pairs each with the Chinese place through {@link Sentence#tie};
     * returns the index after the last mention used.
     */
    int list(String pattern, Gazetteer.Entry home, Mention d, int k, Mention first, boolean scanned, int pairStart) {
        Walk w = walk(k, first, scanned);
        for (Item it : w.items()) {
            tie(pattern, home, d, it, pairStart);
        }
        return w.end();
    }

    /** Ties one item of a list with the Chinese place and marks the mention it uses as paired. */
    void tie(String pattern, Gazetteer.Entry home, Mention d, Item it, int pairStart) {
        Mention partner = it.partner();
        s.tie(pattern, home, d, partner, pairStart < 0 ? Math.min(d.start(), partner.start()) : pairStart);
        if (it.index() >= 0) {
            s.paired[it.index()] = true;
        }
    }
}
