package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieKind;

/**
 * Finds ties in one article, sentence by sentence: a sentence with a tie word (see {@link KindWords}) and a foreign
 * place is read by each {@link TiePattern} of {@link TiePatterns#ALL} in turn; what an earlier, more specific
 * pattern paired is not read again.
 */
final class TieFinder {

    private final KindWords kinds;
    private final MentionScanner scanner;
    private final List<TiePattern> patterns;

    TieFinder(KindWords kinds, MentionScanner scanner) {
        this(kinds, scanner, TiePatterns.ALL);
    }

    TieFinder(KindWords kinds, MentionScanner scanner, List<TiePattern> patterns) {
        this.kinds = kinds;
        this.scanner = scanner;
        this.patterns = List.copyOf(patterns);
    }

    /**
     * A pair as found, before names and ids are filled in: {@code start}/{@code end} bound its evidence (the
     * sentence, or the clauses of the tie in a run-on paragraph); {@code pattern} names the pattern that read it.
     */
    record Found(
            Gazetteer.Entry domestic,
            Mention partner,
            TieKind kind,
            boolean generic,
            PartialDate signed,
            int start,
            int end,
            String pattern) {}

    List<Found> find(Reading r) {
        List<Found> out = new ArrayList<>();
        String s = r.text;
        int segStart = 0;
        int mi = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && !ChineseText.sentenceEnd(s.charAt(i))) {
                continue;
            }
            i = CountedBracket.sentenceEnd(s, i);
            while (mi < r.mentions.size() && r.mentions.get(mi).start() < segStart) {
                mi++;
            }
            int mj = mi;
            while (mj < r.mentions.size() && r.mentions.get(mj).end() <= i) {
                mj++;
            }
            if (mj > mi || ReferredPair.wordAt(s, segStart, i) >= 0) {
                // a sentence that names no place may still tie the pair named before it (两市正式结为友好城市)
                read(r, segStart, i, r.mentions.subList(mi, mj), out);
            }
            segStart = i + 1;
            mi = mj;
        }
        return out;
    }

    private void read(Reading r, int from, int to, List<Mention> ms, List<Found> out) {
        List<KindWords.Hit> words = kinds.find(r.text, from, to);
        if (words.isEmpty() && !readWithoutTieWord(r, ms, from, to)) {
            return;
        }
        Sentence sentence = new Sentence(r, from, to, withoutRegions(r.text, ms), words, kinds, scanner, out);
        for (TiePattern p : patterns) {
            p.read(sentence);
        }
    }

    /**
     * 的, then places it holds (新泽西州的尤宁郡、萨默塞特郡…建立): the foreign place before 的 is their region; not its
     * ties (X市的第六个友好城市, 的友城, 的姐妹城市), which name no place.
     */
    private static final Pattern HELD_AFTER =
            Pattern.compile("的(?!第|友好|友城|姐妹|姊妹|国际友)\\p{IsHan}{1,8}?[市郡县州区镇村](?:[、，,和及与]|建立|结为|缔结|签)");

    /** The mentions without the foreign places written as the region of the places after them: no partners. */
    static List<Mention> withoutRegions(String s, List<Mention> ms) {
        Matcher held = HELD_AFTER.matcher(s);
        java.util.Set<Mention> regions = new java.util.HashSet<>();
        for (int k = 0; k + 1 < ms.size(); k++) {
            if (regionOfNext(s, ms.get(k), ms.get(k + 1))) {
                regions.add(ms.get(k));
            }
        }
        return Mention.without(
                ms,
                m -> m.foreign()
                        && (regions.contains(m)
                                || m.end() < s.length()
                                        && s.charAt(m.end()) == '的' // where the expression begins
                                        && held.region(m.end(), Math.min(s.length(), m.end() + 14))
                                                .lookingAt()));
    }

    /**
     * 昆士兰州的黄金海岸市, a table's 「俄亥俄州 瑞奇兰郡」: a first-level division, 的 or spaces, and a place of its country
     * below that level right after it.
     */
    private static boolean regionOfNext(String s, Mention m, Mention next) {
        return m.foreign()
                && next.foreign()
                && level(m) == org.youcheng.registry.Level.PROVINCE
                && level(next) != org.youcheng.registry.Level.PROVINCE
                && m.countryCode().equals(next.countryCode())
                && (next.start() == m.end() + 1 && s.charAt(m.end()) == '的' || spacesOnly(s, m.end(), next.start()));
    }

    /** Spaces or tabs, at least one and nothing else (no line break), between two positions. */
    private static boolean spacesOnly(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (" \t\u3000".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return b > a;
    }

    private static org.youcheng.registry.Level level(Mention m) {
        return m.place() == null ? null : m.place().level();
    }

    private boolean readWithoutTieWord(Reading r, List<Mention> ms, int from, int to) {
        for (TiePattern p : patterns) {
            if (p.readsWithoutTieWord(r, ms, from, to)) {
                return true;
            }
        }
        return false;
    }
}
