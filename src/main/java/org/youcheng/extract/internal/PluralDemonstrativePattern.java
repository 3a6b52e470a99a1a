package org.youcheng.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.TieKind;

/**
 * A plural demonstrative subject that stands for a list of Chinese places named before it: 北京市、江苏省和云南省代表团
 * 先后访问X道。这些地区都与X道缔结了友好城市关系 — every place of the list is a partner of the foreign place in the
 * clause after the phrase. The other way round, foreign places named in the sentences before the phrase and one
 * Chinese place after it (墨西哥X市…日本Y市…。这些城市有一个共同身份，都是厦门的国际友好城市) are that place's partners.
 */
final class PluralDemonstrativePattern extends NamedPattern {

    /** 这些 and the noun of places it stands for, at the head of its clause. */
    private static final Pattern PHRASE =
            Pattern.compile("这(?:些|(\\d{1,2}|[两三四五六七八九十]{1,2})[个座])(?:中国)?(?:省区市|省市区|省市|省份|地区|城市|地方|省|市|府|州|县|道)");
    /** Only times may stand before the phrase in its clause. */
    private static final Pattern LEAD = Pattern.compile(ElidedSubjectPattern.TIME + "*");
    /** How far back the list may end. */
    private static final int REACH = 300;

    PluralDemonstrativePattern() {
        super("plural-demonstrative", "复数指代");
    }

    @Override
    public void read(Sentence s) {
        if (s.words.isEmpty() || !ChineseText.anyIn(s.text, "这", s.from, s.to)) {
            return;
        }
        Matcher m = PHRASE.matcher(s.text).region(s.from, s.to);
        while (m.find()) {
            int cs = s.clauseStart(m.start(), s.from);
            if (!LEAD.matcher(s.text.substring(cs, m.start()).strip()).matches()) {
                continue;
            }
            if (respective(s, m)) {
                continue;
            }
            List<Mention> list = listBefore(s, m.start());
            int f = foreignAfter(s, m.end(), s.clauseEnd(m.end()));
            if (list.size() < 2 || f < 0) {
                foreignBefore(s, m.start(), m.end());
                continue;
            }
            boolean any = false;
            for (Mention d : list) {
                Gazetteer.Entry home = s.r.domestic(d);
                Mention here =
                        new Mention(m.start(), m.end(), Mention.Type.CHINESE, d.name(), home, "CN", null, d.bare());
                any |= s.tie(name(), home, here, s.m(f), m.start());
            }
            s.paired[f] |= any;
        }
    }

    /**
     * 分别来自A府、B府和C府，这3个府分别与广西的钦州、梧州、柳州结为友城: the phrase stands for the foreign places listed
     * just before it, and after 分别与 as many Chinese places, one for each, in order, before a tie word.
     */
    private boolean respective(Sentence s, Matcher m) {
        int at = m.end();
        if (!s.text.startsWith("分别", at) || at + 2 >= s.to || "与同和跟".indexOf(s.text.charAt(at + 2)) < 0) {
            return false;
        }
        List<Mention> foreign = foreignListBefore(s, m.start());
        KindWords.Hit word = TieWordList.firstAfter(s.words, at);
        if (foreign.size() < 2
                || m.group(1) != null && ChineseNumerals.value(m.group(1)) != foreign.size()
                || word == null
                || word.kind() == TieKind.INTENT
                || word.start() > s.clauseEnd(at)) {
            return false;
        }
        List<Integer> homes = new ArrayList<>();
        for (int k = 0; k < s.size(); k++) {
            Mention x = s.m(k);
            if (x.start() < at + 3 || x.end() > word.start() || x.type() == Mention.Type.COUNTRY) {
                continue;
            }
            if (s.home(k) == null
                    || !homes.isEmpty() && !s.listed(s.m(homes.getLast()).end(), x.start())) {
                return false;
            }
            homes.add(k);
        }
        if (homes.size() != foreign.size()) {
            return false;
        }
        for (int i = 0; i < homes.size(); i++) {
            s.add(
                    name(),
                    s.home(homes.get(i)),
                    foreign.get(i),
                    word.kind(),
                    word.generic(),
                    null,
                    m.start(),
                    word.end());
            s.paired[homes.get(i)] = true;
        }
        return true;
    }

    /** The foreign places listed right before a position (joined by 、 和 及 or commas), in order; empty for none. */
    private static List<Mention> foreignListBefore(Sentence s, int at) {
        List<Mention> list = new ArrayList<>();
        List<Mention> all = s.r.mentions;
        for (int k = all.size() - 1; k >= 0; k--) {
            Mention x = all.get(k);
            if (x.end() > at) {
                continue;
            }
            int next = list.isEmpty() ? at : list.getFirst().start();
            if (!x.foreign() || !ChineseText.joinsItems(s.text, x.end(), next)) {
                break;
            }
            list.addFirst(x);
        }
        return list;
    }

    /**
     * The last list of two or more Chinese places before the phrase (within {@link #REACH}), joined by 、 和 及 or commas;
     * empty when a foreign place or anything else stands between its items.
     */
    private static List<Mention> listBefore(Sentence s, int at) {
        List<Mention> before = new ArrayList<>();
        for (Mention x : s.r.mentions) {
            if (x.end() > at) {
                break;
            }
            if (x.type() != Mention.Type.COUNTRY) {
                before.add(x);
            }
        }
        List<Mention> list = new ArrayList<>();
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention x = before.get(k);
            if (!x.domestic() || s.r.domestic(x) == null) {
                if (list.isEmpty()) {
                    continue;
                }
                break;
            }
            if (list.isEmpty() && at - x.end() > REACH) {
                break;
            }
            if (!list.isEmpty()
                    && !ChineseText.joinsItems(s.text, x.end(), list.getFirst().start())) {
                break;
            }
            list.addFirst(x);
        }
        return list;
    }

    /**
     * The foreign places before the phrase as partners of the one Chinese place the rest of the sentence names before
     * a tie word, when it names no foreign place. The places are read backward, each within {@link #REACH} of the next,
     * passing mentions of that Chinese place and countries; any other Chinese place ends them.
     */
    private void foreignBefore(Sentence s, int phrase, int phraseEnd) {
        int home = -1;
        for (int k = 0; k < s.size(); k++) {
            Mention x = s.m(k);
            if (x.start() < phraseEnd || x.type() == Mention.Type.COUNTRY) {
                continue;
            }
            if (x.foreign() || s.home(k) == null || home >= 0 && !s.home(k).equals(s.home(home))) {
                return;
            }
            home = k;
        }
        KindWords.Hit word =
                home < 0 ? null : TieWordList.firstAfter(s.words, s.m(home).end());
        if (word == null || word.kind() == TieKind.INTENT || s.wording.negated(phraseEnd, word.start())) {
            return;
        }
        Gazetteer.Entry place = s.home(home);
        int reach = phrase;
        List<Mention> all = s.r.mentions;
        for (int i = all.size() - 1; i >= 0; i--) {
            Mention x = all.get(i);
            if (x.end() > phrase || x.type() == Mention.Type.COUNTRY) {
                continue;
            }
            if (reach - x.end() > REACH) {
                break;
            }
            if (x.domestic()) {
                if (!place.equals(s.r.domestic(x))) {
                    break;
                }
                continue;
            }
            if (x.foreign()) {
                s.add(name(), place, x, word.kind(), word.generic(), null, phrase, word.end());
                reach = x.start();
            }
        }
    }

    /** The first foreign place of the clause after the phrase, as an index of the sentence's mentions, or -1. */
    private static int foreignAfter(Sentence s, int from, int to) {
        for (int k = 0; k < s.size(); k++) {
            Mention x = s.m(k);
            if (x.start() >= from && x.end() <= to && x.foreign()) {
                return k;
            }
        }
        return -1;
    }
}
