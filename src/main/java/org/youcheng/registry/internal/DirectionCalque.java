package org.youcheng.registry.internal;

import java.util.List;
import java.util.Map;
import org.youcheng.registry.TransliterationModel;

/**
 * A name whose direction word is translated and the rest transcribed (西弗兰德 West-Vlaanderen, 下巴伐利亚
 * Niederbayern, 南萨沃 South Savo): the rest is read by the model of sounds against the Latin name without its own
 * direction word, in English or in the languages that name the divisions of their countries so.
 */
final class DirectionCalque {

    private static final Map<Character, List<String>> WORDS = Map.of(
            '东', List.of("eastern", "east", "oost", "ost", "est", "este", "orientale", "oriental", "vostochno", "ita"),
            '西', List.of("western", "west", "ouest", "oeste", "occidentale", "occidental", "zapadno", "lansi"),
            '南', List.of("southern", "south", "zuid", "sued", "sud", "sur", "meridionale", "yuzhno", "etela"),
            '北', List.of("northern", "north", "noord", "nord", "norte", "severo", "pohjois"),
            '中', List.of("central", "centre", "center", "middle", "mittel", "centro", "kesk"),
            '上', List.of("upper", "ober", "haute", "haut", "alta", "alto", "verkhne"),
            '下', List.of("lower", "nieder", "unter", "basse", "bas", "baja", "bajo", "nizhne"));

    /** The Chinese key without its direction word (and 部 after it), and the Latin words that direction may be. */
    private final String rest;

    private final List<String> words;

    private DirectionCalque(String rest, List<String> words) {
        this.rest = rest;
        this.words = words;
    }

    /** A reading of the rest of the name: its score and the number of characters read by their sounds. */
    record Read(double score, int characters) {}

    /**
     * The calque of a Chinese key, worked out once for all the Latin names it is read against; null when the key begins
     * with no direction word or too little is left after it (two characters say nothing).
     */
    static DirectionCalque of(String han) {
        List<String> words = han.length() < 3 ? null : WORDS.get(han.charAt(0));
        if (words == null) {
            return null;
        }
        String rest = han.charAt(1) == '部' ? han.substring(2) : han.substring(1);
        return rest.length() < 2 ? null : new DirectionCalque(rest, words);
    }

    /**
     * The model's score of the rest against the Latin key without a matching direction word; null when the key begins
     * with none of its words or leaves fewer than three letters.
     */
    Read read(TransliterationModel model, String latin) {
        for (String word : words) {
            if (latin.startsWith(word) && latin.length() - word.length() >= 3) {
                double score = model.score(rest, latin.substring(word.length()));
                return score == Double.NEGATIVE_INFINITY ? null : new Read(score, rest.length());
            }
        }
        return null;
    }
}
