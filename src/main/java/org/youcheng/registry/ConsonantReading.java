package org.youcheng.registry;

import org.youcheng.registry.internal.ConsonantSounds;

/**
 * The consonant reading of a transliteration against a Latin name, as the resolver weighs it when the learned
 * {@link TransliterationModel} cannot tell: the face through which tools and benchmarks compare the two readings.
 */
public final class ConsonantReading {

    private ConsonantReading() {}

    /**
     * How alike a Chinese key (no suffix) and a Latin key read by their consonant sounds and letters, 0 to 1: the
     * measure the resolver ranks places by when the model cannot tell.
     */
    public static double alike(String han, String latinKey) {
        String heard = ConsonantSounds.ofChinese(han);
        String latin = ConsonantSounds.ofLatin(latinKey);
        double sounds = heard == null || latin.isEmpty() ? 0 : ConsonantSounds.similarity(heard, latin);
        return ConsonantSounds.combined(sounds, ConsonantSounds.pinyinLetters(han), latinKey);
    }
}
