package org.youcheng.extract.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * One article as read: the text in simplified characters without pinyin glosses ({@link Glosses}; {@link #quote} maps
 * its positions back to the input), its date, the places it
 * names, the dates it writes, and its own place — the Chinese place it names most, the title counting double — which
 * 我市 and short forms such as 哈市 stand for.
 */
final class Reading {

    final String input;
    final String text;
    private final Glosses glosses;
    final LocalDate date;
    final List<Mention> mentions;
    private final Gazetteer gazetteer;
    /** The characters transliterations are written with, as the scanner's gazetteer counts them. */
    final TransliterationChars transliteration;

    final List<DateReader.Dated> dates;
    /** The end of the title (the first line with text, after an address line). */
    final int titleEnd;

    /** What the readers of lists and tables have worked out for this article. */
    final ListMemo lists = new ListMemo();

    private final Map<Long, Integer> weight = new LinkedHashMap<>();
    private final Map<Long, Gazetteer.Entry> places = new HashMap<>();
    private final List<Gazetteer.Entry> cities = new ArrayList<>();

    Reading(String input, String source, MentionScanner scanner) {
        this.input = input;
        this.glosses = Glosses.strip(input);
        this.text = ChineseText.simplified(glosses.text);
        this.date = DateReader.articleDate(text, source);
        this.gazetteer = scanner.gazetteer();
        this.transliteration = scanner.lexicon().transliteration();
        List<Mention> scanned = Organisations.withoutEventHosts(
                NamedPersons.without(withoutPersonNames(scanner.scan(text), text), text), text);
        this.dates = DateReader.dates(text, 0, text.length(), date, new int[1]);
        this.titleEnd = FirstLine.titleEnd(text);
        int lead = FirstLine.end(text); // the headline, or the lead paragraph: its places count twice
        for (Mention m : scanned) {
            if (m.type() != Mention.Type.CHINESE) {
                continue;
            }
            Gazetteer.Entry e = m.place();
            if (m.bare()
                    && e.level() != Level.PROVINCE
                    && e.level() != Level.PREFECTURE
                    && m.name().length() < 3) {
                continue;
            }
            weight.merge(e.id(), m.start() < lead ? 2 : 1, Integer::sum);
            places.putIfAbsent(e.id(), e);
            if (m.cityOfShortForms() && !cities.contains(e)) {
                cities.add(e);
            }
        }
        Gazetteer.Entry publisher = weight.isEmpty() ? Publisher.of(text, gazetteer) : null;
        if (publisher != null) { // a page that names no Chinese place: 我市 is the government's that published it
            weight.put(publisher.id(), 1);
            places.put(publisher.id(), publisher);
        }
        this.mentions = localised(Organisations.withoutInstitutions(scanned, text));
    }

    /**
     * A Chinese place's bare name that begins a transliterated personal name is no place: 拉萨 in 市长拉萨罗·布凯尔 (one or
     * two characters, then the name's middle dot); nor one that follows a title and a surname (万安 in 市长蒋万安).
     */
    static List<Mention> withoutPersonNames(List<Mention> in, String t) {
        return Mention.without(in, m -> {
            int e = m.end();
            return m.type() == Mention.Type.CHINESE
                    && m.bare()
                    && ((e + 1 < t.length() && ChineseText.han(t.charAt(e)) && dot(t.charAt(e + 1)))
                            || (e - m.start() == 2
                                    && m.start() >= 3
                                    && ChineseText.han(t.charAt(m.start() - 1))
                                    && NamedPersons.personName(t, m.start() - 1, e)) // 市长蒋万安: a surname, then the name
                            || (e + 2 < t.length()
                                    && ChineseText.han(t.charAt(e))
                                    && ChineseText.han(t.charAt(e + 1))
                                    && dot(t.charAt(e + 2))));
        });
    }

    private static boolean dot(char c) {
        return c == '·' || c == '•' || c == '‧' || c == '・';
    }

    /**
     * A county or district name is shared by places in several cities (河东区, 鼓楼区): one written alone is the one
     * inside a city or province the article names, when the first choice is not.
     */
    private List<Mention> localised(List<Mention> in) {
        List<Mention> out = null;
        for (int i = 0; i < in.size(); i++) {
            Mention m = in.get(i);
            if (m.type() != Mention.Type.CHINESE
                    || m.end() - m.start() > m.name().length()
                    || (m.place().level() != Level.COUNTY && m.place().level() != Level.DISTRICT)
                    || insideNamed(m.place())) {
                continue;
            }
            Mention alt = MentionChains.namesake(m, gazetteer, this::insideNamed);
            if (alt != m) {
                out = out == null ? new ArrayList<>(in) : out;
                out.set(i, alt);
            }
        }
        return out == null ? in : out;
    }

    private boolean insideNamed(Gazetteer.Entry place) {
        for (Gazetteer.Entry e : places.values()) {
            if (e.id() != place.id()
                    && (e.level() == Level.PROVINCE || e.level() == Level.PREFECTURE)
                    && gazetteer.within(place, e.id())) {
                return true;
            }
        }
        return false;
    }

    /** The input between two positions of the text: what the page wrote, glosses and all. */
    String quote(int start, int end) {
        return input.substring(glosses.origin(start), glosses.originEnd(end));
    }

    private java.util.Optional<Mention> foreignTopic;

    /** The foreign place the article is about ({@link ForeignTopic}), worked out once per article; null for none. */
    Mention foreignTopic() {
        if (foreignTopic == null) {
            foreignTopic = java.util.Optional.ofNullable(ForeignTopic.of(this));
        }
        return foreignTopic.orElse(null);
    }

    /** The input's position of a start position of the text. */
    int inputStart(int start) {
        return glosses.origin(start);
    }

    /** The input's position of an end position of the text. */
    int inputEnd(int end) {
        return glosses.originEnd(end);
    }

    /**
     * The fullest form the article writes for a Chinese place (长沙, 元江县 for 元江哈尼族彝族傣族自治县); its registry name
     * when the article writes an autonomous division's bare name (宁夏: 宁夏回族自治区), a pronoun (我市) or a short form.
     */
    String written(Gazetteer.Entry place) {
        if (written == null) {
            written = new java.util.HashMap<>();
            for (Mention m : mentions) {
                if (m.type() == Mention.Type.CHINESE && m.place() != null) {
                    written.merge(m.place().id(), m.name(), (a, b) -> b.length() > a.length() ? b : a);
                }
            }
        }
        String longest = written.get(place.id());
        // an autonomous division written bare (宁夏) is named in full (宁夏回族自治区); with a suffix (元江县) as written
        boolean autonomousBare = longest != null
                && place.nameZh().contains("自治")
                && Names.zhSuffix(longest).isEmpty();
        return longest == null || autonomousBare ? place.nameZh() : longest;
    }

    /** The fullest written form of each Chinese place the article names, by place id; made on first use. */
    private java.util.Map<Long, String> written;

    /** The Chinese place a domestic mention stands for, or null (a short form no city of the article explains). */
    Gazetteer.Entry domestic(Mention m) {
        return switch (m.type()) {
            case CHINESE -> m.place();
            case SUBJECT -> subject(m.name().charAt(1));
            case SHORT -> {
                for (Gazetteer.Entry e : cities) {
                    if (e.nameZh().charAt(0) == m.name().charAt(0)) {
                        yield e;
                    }
                }
                yield null;
            }
            default -> null;
        };
    }

    /** The Chinese place the article names most, the title counting double, whatever its level. */
    Gazetteer.Entry mostNamed() {
        return subject(' ');
    }

    /** The article's own place of the level a pronoun names (我市: a city, 我省: a province); else the most named. */
    Gazetteer.Entry subject(char level) {
        if (!subjects.containsKey(level)) { // fixed once the article is read: worked out once per level
            subjects.put(level, subjectOfLevel(level));
        }
        return subjects.get(level);
    }

    private final Map<Character, Gazetteer.Entry> subjects = new HashMap<>();

    private Gazetteer.Entry subjectOfLevel(char level) {
        Gazetteer.Entry best = null;
        Gazetteer.Entry any = null;
        int bestWeight = 0;
        int anyWeight = 0;
        for (var e : weight.entrySet()) {
            Gazetteer.Entry p = places.get(e.getKey());
            int w = e.getValue();
            if (w > anyWeight) {
                any = p;
                anyWeight = w;
            }
            if (fits(p, level) && w > bestWeight) {
                best = p;
                bestWeight = w;
            }
        }
        // 我州 is an autonomous prefecture's word for itself: in an article that names none, it is no place it names
        return best != null ? best : level == '州' ? null : any;
    }

    private static boolean fits(Gazetteer.Entry p, char level) {
        Level l = p.level();
        return switch (level) {
            case '省' -> l == Level.PROVINCE;
            case '市' -> l == Level.PREFECTURE || l == Level.COUNTY;
            case '县' -> l == Level.COUNTY;
            case '区' -> l == Level.DISTRICT || l == Level.PROVINCE;
            case '州' -> l == Level.PREFECTURE && p.nameZh().endsWith("州");
            default -> true;
        };
    }
}
