package org.youcheng.extract.internal;

import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Names;

/**
 * The fallback: a foreign place no other pattern read, in a clause that holds a tie word (友好城市, 友城, 结好,
 * 姊妹城市, 友好交流关系 …), is a partner of the clause's Chinese place, else of the subject the clause leaves out
 * ({@link ParagraphSubject}: the paragraph's, else the article's own place). The kind comes from the clause's cue words
 * as for every pattern ({@link TieWording}). A foreign place in another clause than the tie word is not read.
 */
final class CueClausePattern extends NamedPattern {

    CueClausePattern() {
        super("cue-clause", "同句兜底");
    }

    @Override
    public void read(Sentence s) {
        if (s.words.isEmpty()) {
            return;
        }
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            if (!(named(m) || unknownButNamed(s, k))
                    || s.paired[k]
                    || s.earlier.recorded(m)
                    || inWord(s, m)
                    || titleOrVenueBefore(s, m)
                    || ConnectorPattern.regionBefore(s, k)) {
                continue;
            }
            int cs = s.clauseStart(m.start(), s.from);
            int ce = s.clauseEnd(m.end());
            if (TieWordList.between(s.words, cs, ce).isEmpty() || bracketed(s, m, cs)) {
                continue;
            }
            Mention d = SentenceHomes.chineseIn(s, cs, ce);
            if (d == null && foreignPair(s, k, cs, ce)) {
                continue; // 英国X市和法国Y市结为世界上第一对友好城市: their tie, not ours
            }
            if (d != null && manyToMany(s, cs, ce)) {
                continue; // 北京、天津与X、Y等友好城市: which ties which is not written
            }
            if (d != null && coObjects(s, d, m)) {
                continue; // 亦与中国厦门和日本和歌山为姊妹城市: both partners of a subject named before
            }
            if (d == null && TieOwners.ofCount(s, k)) {
                continue; // 洛杉矶、圣地亚哥、凤凰城的12个友好城市的代表: their partners, whoever those are
            }
            if (d == null && TieOwners.ofOthers(s, cs) != null) {
                continue; // 哈尔滨成为摩尔曼斯克的第11座友好城市,其它10座友好城市分别是罗瓦涅米…: Murmansk's, not Harbin's
            }
            if (d == null && TownSide.before(s.text, cs, m.start())) {
                continue; // 福洪镇与法国埃斯曼市签订…: a town the gazetteer does not hold is the side, not the article's place
            }
            if (d == null && (chineseNoPlaceIn(s, cs, ce) || chinaIn(s, cs, ce))) {
                continue; // 内蒙古自治区人民对外友好协会与…, 深化与中国各地方的友好合作关系: the clause names its Chinese side
            }
            Gazetteer.Entry home = d != null ? s.home(d) : partWritten(s, ParagraphSubject.before(s.r, cs));
            if (home == null) {
                continue;
            }
            Mention near = d != null ? d : m;
            if (s.tie(name(), home, near, m, Math.min(near.start(), m.start()))) {
                s.paired[k] = true;
            }
        }
    }

    /** Whether the Chinese place is the object of 与 and the foreign one follows it in the same list. */
    private static boolean coObjects(Sentence s, Mention d, Mention m) {
        return d.end() <= m.start()
                && ConnectorPattern.objectOfConnector(s, s.ms.indexOf(d))
                && s.text.substring(d.end(), m.start()).matches("\\s*(?:和|、|及|以及)\\s*\\p{IsHan}{0,6}");
    }

    /**
     * A foreign place named for sure: a registry place, written with its country in front or with three characters or
     * more (a two-character word such as 国家, 大洲, 第一 that a looser reading took for a name is not enough here), whose
     * written name ends with the registry's (大阪府枚方市; not 大分市迎来建市, a name read past its end).
     */
    private static boolean named(Mention m) {
        if (m.place() == null
                || !(m.type() == Mention.Type.FOREIGN
                        || m.type() == Mention.Type.FOREIGN_BARE && m.name().length() >= 3)) {
            return false;
        }
        // else compared as keys: simplified characters, as the text is read (東京, a label in traditional ones), and
        // without suffix (摩尔曼斯克市 written, the registry's place of that name the oblast, 摩尔曼斯克州)
        String zh = m.place().nameZh();
        if (zh == null) {
            // a place the registry knows by its Latin name only (a former town, a town of GeoNames): nothing for sure
            return false;
        }
        return m.name().endsWith(zh) || stem(m) || Names.key(m.name()).endsWith(Names.key(zh));
    }

    /**
     * A place the registry does not know, written with its country in front and its suffix, that is named all the same:
     * its characters read as a transliteration (法国弗龙萨克市), or it is an item of a list (、 between) whose next or
     * previous item is a place named for sure (法国X市、菲律宾帕西市).
     */
    private static boolean unknownButNamed(Sentence s, int k) {
        Mention m = s.m(k);
        String suffix = Names.zhSuffix(m.name());
        if (m.type() != Mention.Type.FOREIGN || m.place() != null || suffix.isEmpty()) {
            return false;
        }
        return s.r.transliteration.reads(m.name().substring(0, m.name().length() - suffix.length()))
                || k + 1 < s.size()
                        && named(s.m(k + 1))
                        && s.text.substring(m.end(), s.m(k + 1).start()).equals("、")
                || k > 0
                        && named(s.m(k - 1))
                        && s.text.substring(s.m(k - 1).end(), m.start()).equals("、");
    }

    /**
     * The one part of the subject the sentence names in another clause (无锡 the article's place, 向无锡新吴区捐赠 in the
     * sentence: the district), else the subject.
     */
    private static Gazetteer.Entry partWritten(Sentence s, Gazetteer.Entry subject) {
        Gazetteer.Entry part = null;
        for (int k = 0; subject != null && k < s.size(); k++) {
            Gazetteer.Entry e = s.home(k);
            if (e != null && e.parentId() == subject.id()) {
                if (part != null && part.id() != e.id()) {
                    return subject;
                }
                part = e;
            }
        }
        return part != null ? part : subject;
    }

    /** A name written after its country without its suffix (日本丰川 for 丰川市, 日本东京 for 东京都). */
    private static boolean stem(Mention m) {
        String zh = Names.simplified(m.place().nameZh());
        return m.type() == Mention.Type.FOREIGN
                && zh.length() == m.name().length() + 1
                && zh.startsWith(m.name())
                && "市县町村州省郡区都府道".indexOf(zh.charAt(zh.length() - 1)) >= 0;
    }

    /** Inside brackets that open after the clause began: a gloss (汉城(现韩国首都首尔)), not a partner. */
    private static boolean bracketed(Sentence s, Mention m, int cs) {
        int depth = 0;
        for (int i = m.start() - 1; i >= cs; i--) {
            char c = s.text.charAt(i);
            if (ChineseText.closeParen(c)) {
                depth++;
            } else if (ChineseText.openParen(c) && depth-- == 0) {
                return true;
            }
        }
        return false;
    }

    /** Titles after which a person's name is written (墨西哥城市长埃布拉德: 布拉德 is no place). */
    private static final java.util.regex.Pattern TITLE =
            java.util.regex.Pattern.compile("(?:市长|州长|省长|县长|区长|知事|议长|总统|总理|大使|领事|主席|部长|书记)\\p{IsHan}?$");

    /** A foreign name bare after a title (墨西哥城市长埃布拉德), or any right after 在 or 于: a venue (在日本横滨会面). */
    private static boolean titleOrVenueBefore(Sentence s, Mention m) {
        return m.start() > s.from && "在于".indexOf(s.text.charAt(m.start() - 1)) >= 0
                || m.type() == Mention.Type.FOREIGN_BARE
                        && TITLE.matcher(s.text)
                                .region(Math.max(s.from, m.start() - 3), m.start())
                                .find();
    }

    /** Whether the mention overlaps a tie word (姐妹省 in 第二对姐妹省和州). */
    private static boolean inWord(Sentence s, Mention m) {
        for (KindWords.Hit w : s.words) {
            if (w.start() < m.end() && m.start() < w.end()) {
                return true;
            }
        }
        return false;
    }

    /** Another foreign place joined to this one by 和, 与, 同 or 及 in the clause: a tie between the two of them. */
    private static boolean foreignPair(Sentence s, int k, int cs, int ce) {
        for (int j = 0; j < s.size(); j++) {
            Mention o = s.m(j);
            if (j == k || !o.foreign() || o.start() < cs || o.end() > ce) {
                continue;
            }
            int a = Math.min(o.end(), s.m(k).end());
            int b = Math.max(o.start(), s.m(k).start());
            String between = a <= b ? s.text.substring(a, b) : "";
            if (ChineseText.pairConnector(
                            ReversePattern.ADVERBS.matcher(between).replaceAll(""))
                    && !objectList(s, Math.min(j, k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the foreign place is an item of a list that 与 governs (与日本A市、B市及C市缔盟: 及 ends the list). */
    private static boolean objectList(Sentence s, int a) {
        while (a > 0 && s.m(a - 1).foreign() && s.listed(s.m(a - 1).end(), s.m(a).start())) {
            a--;
        }
        return ConnectorPattern.objectOfConnector(s, a);
    }

    /** Several Chinese places listed together and several foreign places in the clause. */
    private static boolean manyToMany(Sentence s, int cs, int ce) {
        boolean listed = false;
        int foreign = 0;
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            if (m.start() >= cs && m.end() <= ce) {
                foreign += m.foreign() ? 1 : 0;
                listed |= s.home(k) != null && s.chineseListStart(k) < k;
            }
        }
        return listed && foreign >= 2;
    }

    /**
     * Whether a Chinese place is named in the clause as part of something else (an office, a venue), or by a pronoun
     * the article names no place for (推荐我州与…: 我州 in an article that names no prefecture of its own).
     */
    private static boolean chineseNoPlaceIn(Sentence s, int a, int b) {
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            if (m.start() >= a
                    && m.end() <= b
                    && (m.type() == Mention.Type.CHINESE || m.type() == Mention.Type.SUBJECT)
                    && s.home(k) == null) {
                return true;
            }
        }
        return false;
    }

    /** China itself as the other side (与中国各地方, 同我国): the country, no place of it. */
    private static final java.util.regex.Pattern CHINA = java.util.regex.Pattern.compile("[与同和跟](?:中国|我国|中方)");

    /** Whether the clause names China itself as the side (与中国各地方的友好合作关系), in a clause with no Chinese place. */
    private static boolean chinaIn(Sentence s, int a, int b) {
        return CHINA.matcher(s.text).region(a, b).find();
    }
}
