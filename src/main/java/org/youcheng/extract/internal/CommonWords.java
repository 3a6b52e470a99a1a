package org.youcheng.extract.internal;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Words of the language that the open data also gives as place names (准备, 希望, 城区): HanLP's core dictionary
 * says whether a word is common, or a proper noun (ns, nr, nt) as a place name would be.
 */
final class CommonWords {

    private CommonWords() {}

    /** Whether a name no gazetteer holds is a word and 城市 (智慧城市, 文明城市): a kind of city, not a place. */
    static boolean wordWithSuffix(String name) {
        // 贵妃市 stays a name: transliterations may be words before 市; a word before 城市 is a kind of city
        return name.endsWith("城市") && name.length() >= 4 && word(name.substring(0, name.length() - 2));
    }

    /**
     * Whether a word of the dictionary stands before the suffix of an office (代表市政府, 支持省委): the suffix begins
     * the office's name, so the word is no place with its suffix.
     */
    static boolean wordBeforeOffice(String s, int start, int end) {
        return end + 2 < s.length()
                && "市省县州区".indexOf(s.charAt(end)) >= 0
                && (s.startsWith("政府", end + 1) || s.startsWith("委", end + 1) || s.startsWith("人大", end + 1))
                && word(s.substring(start, end));
    }

    /**
     * Whether a foreign name written alone, without its country or suffix, is a common word of the language rather
     * than a name: the dictionary holds it, never as a proper noun (准备 is a Turkish village's label in the open data,
     * and the verb in 温市准备与高雄市…; 希望 a Bahamian town's); 大阪 and words it does not hold stay names.
     */
    static boolean word(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (var nature : a.nature) {
            if (proper(nature)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the dictionary, though it holds a word of three characters or more as no name ({@link #word}), files it
     * as a name would be: first as another proper noun (nz: 克利夫兰, 利物浦, 卡萨布兰卡), or as a noun seen once and
     * nothing else (休斯敦, 利隆圭, 乌尔姆). Read with a transliteration's characters, such a word is the place.
     */
    static boolean rareName(String word) {
        CoreDictionary.Attribute a = word.length() < 3 ? null : CoreDictionary.get(word);
        return a != null
                && (a.nature[0].toString().equals("nz")
                        || a.nature.length == 1 && a.nature[0].toString().equals("n") && a.totalFrequency <= 1);
    }

    /**
     * Whether a word is only ever a name: the dictionary does not hold it, or holds it as a proper noun alone (横滨;
     * not 和平, a noun and an adjective as well as a district's name).
     */
    static boolean onlyName(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a == null || java.util.Arrays.stream(a.nature).allMatch(CommonWords::proper);
    }

    /** A proper noun's tag: a place's, a person's or an organisation's name (ns, nr, nt and their kinds). */
    private static boolean proper(Nature n) {
        String tag = n.toString();
        return tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt");
    }

    /** Whether the dictionary holds a word as a common noun and never as a proper one (城区, 西区; not 南区). */
    static boolean noun(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && word(word) && java.util.Arrays.stream(a.nature).anyMatch(n -> n == Nature.n);
    }

    /**
     * Whether the dictionary holds a word as a verb, an adverb or an adjective and never as a proper noun (加强, 深化,
     * 积极, 正式): a word no transliterated name goes on with.
     */
    static boolean predicate(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        boolean predicate = false;
        for (int i = 0; a != null && i < a.nature.length; i++) {
            if (proper(a.nature[i])) {
                return false; // as word(): never a proper noun
            }
            String tag = a.nature[i].toString();
            predicate |= tag.startsWith("v") || tag.startsWith("d") || tag.startsWith("a");
        }
        return predicate;
    }
}
