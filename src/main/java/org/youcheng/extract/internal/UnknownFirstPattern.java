package org.youcheng.extract.internal;

/**
 * A foreign name no source holds, written first and joined to a Chinese place by 与 or 和 (见证了塞尔温区和山丹县签署…
 * 友好合作关系备忘录): the characters before the connector, back to the first that no transliteration uses
 * ({@link TransliterationChars}), with a suffix of their own, are the foreign side.
 */
final class UnknownFirstPattern extends NamedPattern {

    UnknownFirstPattern() {
        super("unknown-first", "外方在前（未知地名）");
    }

    @Override
    public void read(Sentence s) {
        if (s.words.isEmpty()) {
            return;
        }
        TransliterationChars chars = s.r.transliteration;
        for (int k = 0; k < s.size(); k++) {
            Mention d = s.m(k);
            int c = d.start() - 1;
            if (s.home(k) == null || c <= s.from || "与和同跟".indexOf(s.text.charAt(c)) < 0) {
                continue;
            }
            int floor = k > 0 ? Math.max(s.from, s.m(k - 1).end()) : s.from;
            int start = chars.startBefore(s.text, c, floor);
            if (start < 0 || (k > 0 && s.m(k - 1).end() > start)) {
                continue;
            }
            String name = s.text.substring(start, c);
            Mention f = new Mention(start, c, Mention.Type.FOREIGN_BARE, name, null, null, null, false);
            s.tie(name(), s.home(k), d, f, start);
        }
    }
}
