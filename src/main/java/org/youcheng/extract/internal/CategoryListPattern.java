package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;

/**
 * An enumeration of foreign places closed by 等 and a tie word that names them (会见了日本X市、美国Y市和比利时Z市等友好城市
 * 代表团; …等15座国际友城): every item is a partner of the clause's Chinese place before the list, else of the
 * paragraph's subject. The tie word may stand far after the first items.
 */
final class CategoryListPattern extends NamedPattern {

    /** 等, a count, a qualifier, then the tie word: what stands between the last item and the tie word. */
    private static final Pattern CLOSE = Pattern.compile("等(?:\\d{1,4}|[一二两三四五六七八九十]{1,3})?[个座对]?(?:国际|国外|外国|海外)?");

    CategoryListPattern() {
        super("category-list", "列举归类（…等友城）");
    }

    @Override
    public void read(Sentence s) {
        for (KindWords.Hit w : s.words) {
            int last = lastItemBefore(s, w.start());
            if (last < 0) {
                continue;
            }
            List<Integer> items = new ArrayList<>();
            items.add(last);
            for (int k = last - 1; k >= 0; k--) {
                Mention x = s.m(k);
                Mention next = s.m(items.getFirst());
                if (!x.foreign() || !ChineseText.joinsItems(s.text, x.end(), next.start())) {
                    break;
                }
                items.addFirst(k);
            }
            if (items.size() < 2) {
                continue; // one place before 等友城 is read by the other patterns
            }
            Mention first = s.m(items.getFirst());
            int cs = s.clauseStart(first.start(), s.from);
            Mention d = null;
            int dk = -1;
            for (int k = 0; k < items.getFirst(); k++) {
                if (s.m(k).start() >= cs && s.home(k) != null) {
                    d = s.m(k);
                    dk = k;
                }
            }
            if (dk >= 0 && s.chineseListStart(dk) < dk) {
                continue; // 北京、天津与X、Y等友好城市: several places on each side, which ties which is not written
            }
            Gazetteer.Entry home = d != null ? s.home(d) : ParagraphSubject.before(s.r, first.start());
            if (home == null) {
                continue;
            }
            Mention here =
                    d != null ? d : new Mention(cs, cs, Mention.Type.CHINESE, home.nameZh(), home, "CN", null, false);
            for (int k : items) {
                if (!s.paired[k] && s.tie(name(), home, here, s.m(k), Math.min(here.start(), s.m(k).start()))) {
                    s.paired[k] = true;
                }
            }
        }
    }

    /** The index of the foreign place that closes an enumeration right before 等 … and the tie word, or -1. */
    private static int lastItemBefore(Sentence s, int wordStart) {
        int found = -1;
        for (int k = 0; k < s.size(); k++) {
            Mention x = s.m(k);
            if (x.end() > wordStart) {
                break;
            }
            found = k;
        }
        if (found < 0 || !s.m(found).foreign()) {
            return -1;
        }
        String between = s.text.substring(s.m(found).end(), wordStart).strip();
        return CLOSE.matcher(between).matches() ? found : -1;
    }
}
