package org.youcheng.registry.internal;

import java.util.Set;

/** The countries whose places Chinese writes by their characters, not by their sounds: one list for every reading. */
final class CharacterNames {

    /** Japanese kanji, Korean hanja, Sino-Vietnamese: a place's own name in its own characters. */
    private static final Set<String> OWN_CHARACTERS = Set.of("JP", "KR", "KP", "VN");

    private CharacterNames() {}

    /**
     * Whether the country's places are written in their own characters (川北町 is Kawakita, read by meaning, not the
     * Sunpu its sounds would give; a Japanese 郡 is a district and a 县 a prefecture, never the same county).
     */
    static boolean ownCharacters(String country) {
        return OWN_CHARACTERS.contains(country);
    }

    /** Those countries and Taiwan, whose places are written in Chinese itself: no reading by sounds applies. */
    static boolean notBySounds(String country) {
        return ownCharacters(country) || "TW".equals(country);
    }
}
