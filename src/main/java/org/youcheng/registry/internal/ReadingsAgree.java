package org.youcheng.registry.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.youcheng.registry.Gazetteer;

/**
 * Two readings of a foreign name the gazetteer does not spell as written, the closest Chinese spelling
 * ({@link SpellingMatch}) and the sounds of the places' Latin names ({@link LatinReading}), weighed together: where
 * one falls short alone, the other may confirm it or outweigh it.
 */
final class ReadingsAgree {

    /** How close the sounds of a name must read to outweigh its closest spelling. */
    static final double HEARD_CLEARLY = 0.85;

    /** How many of the closest spellings the sounds are asked to confirm. */
    static final int SPELLINGS_CONFIRMED = 3;

    private ReadingsAgree() {}

    /** How many times larger the larger of two places that read and spell alike must be to be taken. */
    static final int LARGER = 2;

    /**
     * Of the places that read alike by their sounds, too close to tell apart (Solapur and Shorāpur), the one that is
     * also the closest Chinese spelling (索拉布尔 for 绍拉普尔); where two spellings are equally close and both read
     * alike (塔布克 Tabuk, 塔瓦科 Tabaco for 塔巴科), the far larger place, as for any name two places bear; else null.
     */
    static Gazetteer.Entry readAndSpelt(LatinReading.Result heard, SpellingMatch.Result close, Gazetteer g) {
        if (heard.candidates().isEmpty()
                || close.candidates().isEmpty()
                || heard.candidates().get(0).similarity() < LatinReading.ACCEPT_SCORE) {
            return null;
        }
        double top = heard.candidates().get(0).similarity();
        double closest = close.candidates().get(0).similarity();
        Set<Gazetteer.Entry> spelt = new HashSet<>();
        close.candidates().stream().filter(c -> c.similarity() == closest).forEach(c -> spelt.addAll(c.places()));
        List<Gazetteer.Entry> agreed = LargerCity.largestFirst(
                g,
                heard.candidates().stream()
                        .filter(c -> top - c.similarity() < LatinReading.MARGIN)
                        .map(LatinReading.Scored::place)
                        .filter(spelt::contains)
                        .distinct()
                        .toList());
        if (agreed.size() == 1) {
            return agreed.get(0);
        }
        return agreed.size() > 1
                        && g.population(agreed.get(1).id()) > 0
                        && g.population(agreed.get(0).id())
                                >= LARGER * g.population(agreed.get(1).id())
                ? agreed.get(0)
                : null;
    }

    /**
     * The place the model of transliteration finds likeliest (most of its belief, not clear enough alone: 艾布洛格 for
     * Elbląg, read below the model's floor) when it is also among the closest Chinese spellings (埃尔布隆格): two
     * readings that share nothing, the letters of the Latin name and the characters of the Chinese one, agree;
     * else null.
     */
    static Gazetteer.Entry learnedAndSpelt(LatinReading.Result learned, SpellingMatch.Result close, String full) {
        if (learned.candidates().isEmpty()
                || close.candidates().isEmpty()
                || learned.candidates().get(0).similarity() < LEARNED_MOSTLY
                || !LearnedReading.readsAtLeast(full, learned.candidates().get(0), LEARNED_LEAST)) {
            return null;
        }
        double closest = close.candidates().get(0).similarity();
        Gazetteer.Entry top = learned.candidates().get(0).place();
        return close.candidates().stream()
                        .filter(c -> c.similarity() == closest)
                        .anyMatch(c -> c.places().contains(top))
                ? top
                : null;
    }

    /** The share of the model's belief its likeliest place must hold to be confirmed by the closest spelling. */
    static final double LEARNED_MOSTLY = 0.5;

    /**
     * The least the model must read it per character, looser than alone ({@link org.youcheng.registry.TransliterationModel#least}): the floor at
     * which, alone, it takes a wrong place for about 12 held-out names in 100 whose place the gazetteer lacks
     * (bench/transliteration: 11.7 of 4,000); here a spelling must agree too.
     */
    static final double LEARNED_LEAST = -3;

    /**
     * A place read clearly by its sounds (accepted, {@link #HEARD_CLEARLY} or closer) that the closest spelling does
     * not name, while the spelling's own places read at least a margin worse; else null.
     */
    static Gazetteer.Entry heardOverSpelt(LatinReading.Result heard, SpellingMatch.Result close) {
        if (!heard.accepted() || heard.candidates().get(0).similarity() < HEARD_CLEARLY) {
            return null;
        }
        LatinReading.Scored top = heard.candidates().get(0);
        Set<Gazetteer.Entry> spelt = new HashSet<>(close.places());
        if (spelt.contains(top.place())) {
            return null;
        }
        double speltHeard = heard.candidates().stream()
                .filter(c -> spelt.contains(c.place()))
                .mapToDouble(LatinReading.Scored::similarity)
                .max()
                .orElse(0);
        return top.similarity() - speltHeard >= LatinReading.MARGIN ? top.place() : null;
    }

    /**
     * The places among the closest spellings, too far alone (苏塞 for 苏斯, 欧贝维利耶 for 奥贝赫维利耶), whose Latin name
     * reads clearly like the written name (Sousse, Aubervilliers): the sounds confirm the spelling.
     */
    static LatinReading.Result speltAndHeard(
            SpellingMatch.Result close, String full, String country, List<Gazetteer.Entry> regions, Gazetteer g) {
        Set<Gazetteer.Entry> spelt = new LinkedHashSet<>();
        close.candidates().stream().limit(SPELLINGS_CONFIRMED).forEach(c -> spelt.addAll(c.places()));
        // a region written in front must hold the place (加州天普市 is no town of Ohio): two weak readings do not
        // outweigh a region that is written, nor one the gazetteer cannot check
        spelt.removeIf(e -> !regions.isEmpty() && regions.stream().noneMatch(r -> g.within(e, r.id())));
        LatinReading reading = new LatinReading(g);
        return reading.among(full, country, spelt);
    }
}
