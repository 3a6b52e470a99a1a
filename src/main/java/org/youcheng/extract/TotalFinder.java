package org.youcheng.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieKind;

/**
 * Finds totals: a clause with a tie word and counts — "已与35个国家38个城市建立友好城市关系", "建立友城132对",
 * "第71个国际友好合作关系城市", "正式建立了国际友好城市关系的12个". The count belongs to the kind of the clause's tie
 * word; 个国家 counts countries. The place is the Chinese place of the clause, else of the sentence before it, else
 * the article's own; the totals hold as of the year after 截至, else the article's year.
 */
final class TotalFinder {

    private static final Pattern COUNT = Pattern.compile("(第)?(\\d{1,5})\\s*(个|座|对|家)(国家)?");
    private static final Pattern AS_OF = Pattern.compile("截[至止](?:到)?((?:19|20)\\d{2})年");

    private final KindWords kinds;

    TotalFinder(KindWords kinds) {
        this.kinds = kinds;
    }

    record Found(Gazetteer.Entry place, TieKind kind, Integer count, Integer countries, String asOf, int start, int end) {
    }

    List<Found> find(Reading r) {
        String s = r.text;
        List<Found> out = new ArrayList<>();
        int sentenceStart = 0;
        Gazetteer.Entry sentencePlace = null;
        int clauseStart = 0;
        int mi = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && !ChineseText.clauseEnd(s.charAt(i))) {
                continue;
            }
            Gazetteer.Entry clausePlace = null;
            while (mi < r.mentions.size() && r.mentions.get(mi).end() <= i) {
                Mention m = r.mentions.get(mi++);
                if (m.start() >= clauseStart && m.domestic() && r.domestic(m) != null && clausePlace == null) {
                    clausePlace = r.domestic(m);
                }
            }
            Found f = clause(r, clauseStart, i, clausePlace != null ? clausePlace : sentencePlace, sentenceStart);
            if (f != null) {
                out.add(f);
            }
            if (clausePlace != null) {
                sentencePlace = clausePlace;
            }
            if (i == s.length() || ChineseText.sentenceEnd(s.charAt(i))) {
                sentenceStart = i + 1;
                sentencePlace = null;
            }
            clauseStart = i + 1;
        }
        return out;
    }

    private Found clause(Reading r, int from, int to, Gazetteer.Entry place, int sentenceStart) {
        String s = r.text;
        if (to - from < 4) {
            return null;
        }
        List<KindWords.Hit> words = kinds.find(s, from, to);
        if (words.isEmpty() || words.get(0).kind() == TieKind.INTENT) {
            return null;
        }
        Matcher m = COUNT.matcher(s).region(from, to);
        Integer count = null;
        Integer countries = null;
        int start = -1;
        while (m.find()) {
            if (m.end() < to && s.charAt(m.end()) == '年') {
                continue;
            }
            int n = Integer.parseInt(m.group(2));
            if (m.group(4) != null) {
                countries = countries == null ? n : countries;
            } else if (count == null) {
                count = n;
            }
            start = start < 0 ? m.start() : start;
        }
        if (count == null) {
            return null;
        }
        Gazetteer.Entry p = place != null ? place : r.subject('市');
        if (p == null) {
            return null;
        }
        String asOf = null;
        Matcher a = AS_OF.matcher(s).region(sentenceStart, to);
        if (a.find()) {
            asOf = a.group(1);
        } else if (r.date != null) {
            asOf = String.valueOf(r.date.getYear());
        }
        int evidenceStart = from;
        while (evidenceStart < to && ChineseText.space(s.charAt(evidenceStart))) {
            evidenceStart++;
        }
        return new Found(p, words.get(0).kind(), count, countries, asOf, evidenceStart, to);
    }
}
