package org.youcheng.extract.internal;

import org.youcheng.common.PartialDate;
import org.youcheng.registry.Gazetteer;

/**
 * A foreign place named by its tie: the tie word right before it, its country perhaps before the word (比利时友城根特市,
 * 友好城市日本X市, 访问友好交流城市Y市). The Chinese side is the place written before it in the sentence, else the
 * article's own.
 */
final class NamedPartnerPattern extends NamedPattern {

    NamedPartnerPattern() {
        super("named-partner", "友城称谓（友城B）");
    }

    @Override
    public void read(Sentence s) {
        for (KindWords.Hit w : s.words) {
            if (!w.titles()) {
                continue;
            }
            int k = 0;
            Gazetteer.Entry home = null;
            Mention country = null;
            while (k < s.size() && s.m(k).start() < w.start()) {
                Mention m = s.m(k);
                if (s.home(k) != null) {
                    home = s.home(k);
                }
                country = m.type() == Mention.Type.COUNTRY && m.end() == w.start() ? m : null;
                k++;
            }
            Mention f;
            int at = afterDash(s.text, w.end(), s.to); // 韩国友好城市——X市和Y市: the dash sets the names apart
            boolean scanned = k < s.size() && s.m(k).start() == at;
            if (scanned) {
                if (!s.m(k).foreign() || s.paired[k]) {
                    continue;
                }
                f = s.m(k);
                s.paired[k] = true;
                if (country != null) {
                    f = s.partners.inCountryOf(f, country);
                }
            } else {
                f = s.partners.unplaced(at, k, country != null);
                if (f == null || (k < s.size() && f.end() > s.m(k).start())) {
                    continue;
                }
                if (country != null) {
                    f = Partners.withCountryOf(f, country);
                }
            }
            // 友城瑞士卢加诺、芬兰奥鲁、意大利维罗纳: the places listed after the first are named by the same word
            Partners.Walk list = s.partners.walk(k, f, scanned);
            java.util.List<Mention> more =
                    list.items().stream().skip(1).map(Partners.Item::partner).toList();
            list.items().stream().filter(it -> it.index() >= 0).forEach(it -> s.paired[it.index()] = true);
            if (f.countryCode() == null && f.place() == null) {
                continue; // a name after 友城 that neither the gazetteer nor the text places abroad
            }
            if (home == null) {
                home = s.r.subject('\0');
            }
            if (!s.wording.negated(w.start(), w.start())) {
                // 友城 as a title is what the press calls any partner: a signed agreement stated elsewhere names the kind
                boolean title = s.text.startsWith("友城", w.start()) || s.text.startsWith("友好城市", w.start());
                PartialDate signed = s.dates.signed(f, w.start(), s.skipBrackets(f.end()));
                s.add(name(), home, f, w.kind(), title, signed, w.start(), s.clauseEnd(f.end()));
                for (Mention next : more) {
                    s.add(name(), home, next, w.kind(), title, null, w.start(), s.clauseEnd(next.end()));
                }
            }
        }
    }

    /** The position after dashes and a colon that follow a tie word, else the word's end. */
    static int afterDash(String text, int end, int to) {
        int i = end;
        while (i < to && "—－-–:：".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
