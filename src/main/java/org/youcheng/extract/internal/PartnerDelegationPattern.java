package org.youcheng.extract.internal;

import org.youcheng.registry.TieKind;

/**
 * Foreign places named as partners in front of their delegation (韩国南原市、日本鹿岛市友城代表团来我市…): a list of
 * foreign places that ends right at a tie word and a word for the people they sent. Each is a partner of the
 * sentence's Chinese place, else of the subject the sentence leaves out. The word is a title, as 友城X is.
 */
final class PartnerDelegationPattern extends NamedPattern {

    /** What joins two items: a list's mark, and the region of the next item written before it (、全罗北道南原市). */
    private static final java.util.regex.Pattern JOIN =
            java.util.regex.Pattern.compile("\\s*[、,，和及]\\s*(?:\\p{IsHan}{1,6}(?:广域市|特别市|[道州省县都府]))?");

    /** The people a partner sends, written after the tie word. */
    private static final String[] SENT = {"代表团", "代表", "市长", "客人", "嘉宾", "访问团", "考察团", "青少年"};

    PartnerDelegationPattern() {
        super("partner-delegation", "友城代表团");
    }

    @Override
    public void read(Sentence s) {
        for (KindWords.Hit w : s.words) {
            if (w.kind() == TieKind.INTENT || !ChineseText.startsWithAny(s.text, w.end(), SENT)) {
                continue;
            }
            ForeignListBefore list = ForeignListBefore.of(s, w.start(), true, JOIN);
            for (int k : list.items()) {
                s.add(name(), list.home(), s.m(k), w.kind(), true, null, list.start(), w.end());
                s.paired[k] = true;
            }
        }
    }
}
