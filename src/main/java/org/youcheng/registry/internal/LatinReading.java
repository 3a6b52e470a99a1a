package org.youcheng.registry.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.ResolverNote;

/**
 * Finds the place a Chinese transliteration means by the place's own Latin name, when no Chinese spelling of the
 * country's places is close: the reference data often knows a place by an older or another Chinese name than the one
 * an office writes (海参崴 for 符拉迪沃斯托克, 双城子 for 乌苏里斯克, 班德堡 for 班达伯格), or by its Latin name only
 * (Suntar). Both names are read as a row of consonant sounds, the Chinese by the pinyin of its characters (符拉迪沃斯托克
 * F-L-T-F-S-T-K), the Latin by its letters (Vladivostok F-L-T-F-S-T-K), vowels left out because transliteration
 * changes them most; the rows are compared by an edit distance in which sounds that transliterations swap (k/h, k/s,
 * p/f) and sounds a Chinese spelling drops or adds (an r after a vowel, an h, a final n) cost half. Places whose sounds
 * are close (0.8) are then ranked by the sounds (0.7) and the letters (0.3: the pinyin as Latin spells it, 乌苏里斯克
 * usulisk, against the Latin name), which tells apart names of the same consonants (Ussuriysk, Salsk). A place is
 * taken only when its reading is close, clearly closer than that of any place of another name, begins with a like
 * sound and has at least three sounds; the note says so, with the candidates. Never for names Chinese writes by the
 * meaning of their characters (Japan, Korea, Vietnam) or that begin with a qualifier (下西里西亚). Runs only after the
 * exact lookup and the Chinese spelling match found nothing, over one country. Thresholds set on the dev sets.
 */
public final class LatinReading {

    /** How alike the consonant sounds must be: one cheap difference in four sounds, one full one in five. */
    static final double ACCEPT = 0.8;
    /** How much closer the best place must read than the next one of another name (sounds and letters combined). */
    static final double MARGIN = 0.06;

    private final Gazetteer g;

    public LatinReading(Gazetteer g) {
        this.g = g;
    }

    /** A place, the Latin key it was read by, and how alike that reads to the written name. */
    public record Scored(Gazetteer.Entry place, String latin, String key, double similarity) {}

    /** The closest places (best first) and whether the best is accepted. */
    public record Result(List<Scored> candidates, boolean accepted) {
        /** The best place, with the places of the same Latin name (a city and the region named after it). */
        List<Gazetteer.Entry> places() {
            return accepted
                    ? candidates.stream()
                            .filter(c -> c.key().equals(candidates.get(0).key()))
                            .map(Scored::place)
                            .distinct()
                            .toList()
                    : List.of();
        }

        /** The places that read closest (at most three) as a note, and that the best was taken when it was. */
        ResolverNote note(Function<Gazetteer.Entry, ResolverNote> place) {
            return note(place, "sounds_taken");
        }

        /** The same, saying with the given code how the best was taken (the consonants, or the learned model). */
        ResolverNote note(Function<Gazetteer.Entry, ResolverNote> place, String taken) {
            ResolverNote list = ResolverNote.list(candidates.stream()
                    .limit(3)
                    .map(c -> ResolverNote.of(
                            "heard",
                            place.apply(c.place()),
                            c.latin(),
                            String.format(java.util.Locale.ROOT, "%.2f", c.similarity())))
                    .toList());
            return accepted ? ResolverNote.of(taken, list) : list;
        }
    }

    /** English designations at the end of a Latin key (keys have no spaces), no part of the name. */
    private static final List<String> DESIGNATIONS = List.of(
            "autonomousrepublic",
            "region",
            "state",
            "department",
            "republic",
            "voivodeship",
            "governorate",
            "province",
            "prefecture",
            "county",
            "district",
            "municipality",
            "oblast",
            "krai",
            "city");

    /** Characters that qualify a name by their meaning (as in {@link SpellingMatch}): 下萨克森, 北帕默斯顿, 新南威尔士. */
    private static final String QUALIFIERS = "上下东西南北中新大小老";

    /** The consonant sounds of each Latin key read so far (keys are few and read often). */
    private static final Map<String, String> LATIN = new java.util.concurrent.ConcurrentHashMap<>();

    /** The country's places of the level (null: any, CITY: any but first-level) whose Latin name reads most alike. */
    public Result closest(String full, String country, Level level) {
        return closest(full, country, level, List.of());
    }

    /** The same, among the places that may lie in one of the regions written in front of the name (any when none). */
    public Result closest(String full, String country, Level level, List<Gazetteer.Entry> regions) {
        // a qualifier in front is a word translated by its meaning (下西里西亚 Lower Silesia), not a sound
        return read(full, country, true, e -> readAt(e, level) && LearnedReading.mayLieIn(g, e, regions), 3);
    }

    /**
     * Whether a place may be read by its Latin name for a name of the level (null: any, CITY: any but first-level):
     * not a county known by its Latin name only (thousands of US counties), which is read within its state alone
     * (CountyOfState), since over a whole country its name is too often a town's (柴维斯 is not Chaves County).
     */
    static boolean readAt(Gazetteer.Entry e, Level level) {
        boolean fits =
                level == Level.PROVINCE ? e.level() == Level.PROVINCE : level == null || e.level() != Level.PROVINCE;
        return fits && !(e.level() == Level.COUNTY && e.nameZh() == null);
    }

    /**
     * How the given places (the closest Chinese spellings, say) read by their Latin names against the written name,
     * best first: names of two sounds are read too (苏斯 Sousse), since the places are few and already spelt alike; only
     * places whose sounds read at least {@link #ACCEPT} alike are listed. Taken when the best reads clearly closer.
     */
    public Result among(String full, String country, java.util.Set<Gazetteer.Entry> places) {
        return places.isEmpty() ? new Result(List.of(), false) : read(full, country, false, places::contains, 2);
    }

    /**
     * The written name's Chinese key read by its sounds against the places {@code among} admits, names of fewer than
     * {@code leastSounds} sounds left unread; {@code qualified}: a name that begins with a qualifier is not read.
     */
    private Result read(
            String full, String country, boolean qualified, Predicate<Gazetteer.Entry> among, int leastSounds) {
        String written = ForeignName.keys(full).stream()
                .filter(Names::hasHan)
                .findFirst()
                .orElse(null);
        String heard = written == null
                        || CharacterNames.notBySounds(country)
                        || qualified && QUALIFIERS.indexOf(written.charAt(0)) >= 0
                ? null
                : ConsonantSounds.ofChinese(written);
        if (heard == null || heard.length() < leastSounds) {
            return new Result(List.of(), false);
        }
        List<Scored> ranked = ranked(
                heard,
                ConsonantSounds.pinyinLetters(written),
                country,
                among,
                LatinReading::withoutDesignation,
                leastSounds,
                ACCEPT);
        return new Result(ranked, !ranked.isEmpty() && ranked.get(0).similarity() >= ACCEPT_SCORE && clear(ranked));
    }

    /**
     * Whether a Latin key may begin with a vowel sound (the consonant sounds compared leave vowels out): a vowel, or an
     * h that Romance languages do not sound (Hérault 埃罗).
     */
    static boolean vowelFirst(String key) {
        return "aeiouhàáâäåæèéêëìíîïòóôöøùúûü".indexOf(Character.toLowerCase(key.charAt(0))) >= 0;
    }

    /**
     * The country's places that {@code among} admits, best first, by how their Latin keys ({@code key} takes the
     * designation off) read against the sounds heard and the pinyin's letters: the sounds weigh {@link ConsonantSounds#SOUNDS}, the
     * letters the rest. A key of fewer than {@code leastSounds} consonant sounds, of an unlike first sound, or whose
     * sounds read less alike than {@code soundsAtLeast} is passed over; each place counts once, at its best key.
     */
    List<Scored> ranked(
            String heard,
            String letters,
            String country,
            Predicate<Gazetteer.Entry> among,
            UnaryOperator<String> key,
            int leastSounds,
            double soundsAtLeast) {
        Map<Gazetteer.Entry, Scored> best = new LinkedHashMap<>();
        boolean vowel = !letters.isEmpty() && "aeiou".indexOf(letters.charAt(0)) >= 0;
        for (Gazetteer.Spelling s : g.latinSpellings(country)) {
            Gazetteer.Entry e = s.place();
            if (!among.test(e)) {
                continue;
            }
            String k = key.apply(s.key());
            if (vowel && !k.isEmpty() && !vowelFirst(k)) {
                continue; // 艾布洛格 (Elbląg) is no Brok, whose consonants alone read alike
            }
            String latin = LATIN.computeIfAbsent(country + ":" + k, x -> ConsonantSounds.ofLatin(k, country));
            if (latin.length() < leastSounds || !ConsonantSounds.near(heard.charAt(0), latin.charAt(0))) {
                continue;
            }
            double sounds = ConsonantSounds.similarity(heard, latin);
            if (sounds < soundsAtLeast) {
                continue;
            }
            double sim = ConsonantSounds.combined(sounds, letters, k);
            Scored before = best.get(e);
            if (before == null || sim > before.similarity()) {
                best.put(e, new Scored(e, e.nameEn() != null ? e.nameEn() : s.key(), k, sim));
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Scored::similarity)
                        .reversed()
                        .thenComparing(sc -> sc.place().id()))
                .toList();
    }

    /** Whether the best place reads clearly closer ({@link #MARGIN}) than the best of another Latin name. */
    static boolean clear(List<Scored> ranked) {
        Scored top = ranked.get(0);
        return ranked.stream()
                .filter(c -> !c.key().equals(top.key()))
                .findFirst()
                .map(next -> top.similarity() - next.similarity() >= MARGIN)
                .orElse(true);
    }

    /** The least combined score taken (sounds and letters). */
    static final double ACCEPT_SCORE = 0.7;

    /**
     * A Latin key without the English designation at its end (jaenprovince: jaen) or before "of" at its start
     * (provinceofwestvlaanderen: westvlaanderen, as ISO 3166-2 names Belgium's provinces).
     */
    public static String withoutDesignation(String key) {
        for (String d : DESIGNATIONS) {
            if (key.startsWith(d) && key.startsWith("of", d.length()) && key.length() - d.length() >= 5) {
                key = key.substring(d.length() + 2);
                break;
            }
        }
        for (String d : DESIGNATIONS) {
            if (key.endsWith(d) && key.length() - d.length() >= 3) {
                return key.substring(0, key.length() - d.length());
            }
        }
        return key;
    }
}
