package org.youcheng.registry.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.youcheng.common.Tsv;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.ResolverNote;
import org.youcheng.registry.TransliterationModel;
import org.youcheng.registry.reference.TransliterationPairs;

/**
 * Finds the place a Chinese transliteration means among the Latin names of its country's places, by the
 * {@link TransliterationModel} learned from the reference data's own pairs of names: 苏斯 is Sousse, 盖亚克 Gaillac,
 * 塔贡 Tagum, where no Chinese spelling of the country's places is close. A place is taken only when its
 * name is clearly the likeliest ({@link #MARGIN} times the log odds against the next place of another name) and
 * likely enough in itself ({@link TransliterationModel#least} per character); the note gives the closest places with their share of the model's belief.
 * Thresholds set on pairs of the reference data held out of training (bench/transliteration: 98 % of those
 * taken are right, 63 % of all taken).
 */
public final class LearnedReading {

    /** How much likelier (in log units) the best place must be than the best place of another Latin name. */
    static final double MARGIN = 2;

    /**
     * A town of at least so many people, clearly the likeliest, is taken at a floor {@link #LARGER_LOOSER} a character
     * looser when the name has three characters or more: partners are seldom villages, and a name the gazetteer lacks
     * is less often a large town's (博巴森-荷津 is Beau Bassin-Rose Hill; on the resolution benchmark's 4,086 names 12
     * more right, none lost). Two characters say too little (芒通 would be Menton, but 长景 would be any Longview).
     */
    static final long LARGE = 20_000;

    static final double LARGER_LOOSER = 2;

    private static TransliterationModel model;

    private final Gazetteer g;

    public LearnedReading(Gazetteer g) {
        this.g = g;
    }

    /** The model learned from the bundled reference data ({@link TransliterationPairs}), read once on first use. */
    static synchronized TransliterationModel model() {
        if (model == null) {
            model = TransliterationModel.read(Tsv.read(TransliterationPairs.MODEL));
        }
        return model;
    }

    /** A place read by the model, with its score; the share of belief is for the note. */
    private record Read(Gazetteer.Entry place, String latin, String key, double score, int characters) {}

    /**
     * The country's places of the level (null: any, CITY: any but first-level) whose Latin name the model reads best;
     * with no country, the places of every country but China's.
     */
    public LatinReading.Result closest(String full, String country, Level level) {
        return closest(full, country, level, List.of());
    }

    /**
     * The same, among the places that may lie in one of the regions written in front of the name (苏格兰柏斯市: a
     * town of Scotland, or of no known region; never one filed under another); any place when none is given.
     */
    public LatinReading.Result closest(String full, String country, Level level, List<Gazetteer.Entry> regions) {
        String written = written(full);
        // with no country, two characters (萨劳) say too little to find a place among the world's
        if (written == null
                || written.length() < (country == null ? 3 : 2)
                || country != null && CharacterNames.notBySounds(country)) {
            return new LatinReading.Result(List.of(), false);
        }
        TransliterationModel m = model();
        DirectionCalque calqued = DirectionCalque.of(written);
        Map<Gazetteer.Entry, Read> best = new HashMap<>();
        for (Gazetteer.Spelling s : country == null ? world() : g.latinSpellings(country)) {
            Gazetteer.Entry e = s.place();
            if (!LatinReading.readAt(e, level) || !mayLieIn(g, e, regions)) {
                continue;
            }
            String key = TransliterationModel.ofLatinKey(s.key());
            double score = key == null ? Double.NEGATIVE_INFINITY : m.score(written, key);
            int characters = written.length();
            DirectionCalque.Read calque = key == null || calqued == null ? null : calqued.read(m, key);
            if (calque != null && calque.score() > score) {
                score = calque.score();
                characters = calque.characters();
            }
            Read before = best.get(e);
            if (score > Double.NEGATIVE_INFINITY && (before == null || score > before.score())) {
                best.put(e, new Read(e, e.nameEn() != null ? e.nameEn() : s.key(), key, score, characters));
            }
        }
        List<Read> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Read::score)
                .reversed()
                .thenComparing(r -> r.place().id()));
        if (ranked.isEmpty()) {
            return new LatinReading.Result(List.of(), false);
        }
        Read top = ranked.get(0);
        boolean division = level == Level.PROVINCE && top.place().level() == Level.PROVINCE;
        boolean clear = ranked.stream()
                .filter(r -> !r.key().equals(top.key()))
                .findFirst()
                .map(next -> top.score() - next.score() >= MARGIN)
                .orElse(true);
        double all = ranked.stream()
                .mapToDouble(r -> Math.exp(r.score() - top.score()))
                .sum();
        List<LatinReading.Scored> shares = ranked.stream()
                .limit(10)
                .map(r ->
                        new LatinReading.Scored(r.place(), r.latin(), r.key(), Math.exp(r.score() - top.score()) / all))
                .toList();
        int read = top.characters(); // without a direction word translated (西弗兰德: 弗兰德 read by its sounds)
        double floor = TransliterationModel.least(read, country == null) * read;
        if (read >= 3 && (g.population(top.place().id()) >= LARGE || division)) {
            floor -= LARGER_LOOSER * read;
        }
        return new LatinReading.Result(shares, top.score() >= floor && clear);
    }

    /**
     * The Latin names of the foreign places of every country read by sounds, for a name written with no country
     * (阿库雷里: Akureyri, Iceland); about a tenth of a second a name, so read only when nothing else found it.
     */
    private List<Gazetteer.Spelling> world() {
        List<Gazetteer.Spelling> all = new ArrayList<>();
        g.forEachKey((key, entries) -> {
            if (TransliterationModel.ofLatinKey(key) != null) {
                for (Gazetteer.Entry e : entries) {
                    if (!"CN".equals(e.country()) && !CharacterNames.notBySounds(e.country())) {
                        all.add(new Gazetteer.Spelling(key, e));
                    }
                }
            }
        });
        return all;
    }

    /** Whether a place lies in one of the regions, or is filed under no region the gazetteer knows (or none is given). */
    static boolean mayLieIn(Gazetteer g, Gazetteer.Entry e, List<Gazetteer.Entry> regions) {
        if (regions.isEmpty() || e.parentId() == 0) {
            return true;
        }
        for (Gazetteer.Entry r : regions) {
            if (g.within(e, r.id())) {
                return true;
            }
        }
        return false;
    }

    /** The characters of a written name the model reads: its first Chinese key, without suffix; else null. */
    private static String written(String full) {
        return ForeignName.keys(full).stream()
                .filter(Names::hasHan)
                .findFirst()
                .map(TransliterationModel::hanKey)
                .orElse(null);
    }

    /** Whether the model reads the written name as a candidate's Latin name at least so likely per character. */
    static boolean readsAtLeast(String full, LatinReading.Scored candidate, double perCharacter) {
        String written = written(full);
        return written != null && model().score(written, candidate.key()) >= perCharacter * written.length();
    }

    /**
     * Whether a clear reading outweighs the places another reading chose (the closest Chinese spelling): its place is
     * none of them, and each reads at least {@link #MARGIN} less likely, or not among the likeliest at all.
     */
    static boolean outweighs(LatinReading.Result read, List<Gazetteer.Entry> chosen) {
        if (!read.accepted() || chosen.contains(read.candidates().get(0).place())) {
            return false;
        }
        double top = read.candidates().get(0).similarity();
        return read.candidates().stream()
                .filter(c -> chosen.contains(c.place()))
                .allMatch(c -> Math.log(top / c.similarity()) >= MARGIN);
    }

    /** The note of a reading: the likeliest places with their shares, and that the best was taken when it was. */
    static ResolverNote note(LatinReading.Result read, Function<Gazetteer.Entry, ResolverNote> place) {
        return read.note(place, "learned_taken");
    }
}
