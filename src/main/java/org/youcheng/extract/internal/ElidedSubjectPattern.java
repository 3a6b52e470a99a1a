package org.youcheng.extract.internal;

import java.util.regex.Pattern;
import org.youcheng.registry.Gazetteer;

/**
 * The subject left out: a clause that begins with 与 and a foreign place, after nothing but times and adverbs in any
 * order (分别于1989年、1991年与…; 目前已与法国X市、意大利Y市等6个国外城市正式缔结友好城市关系; 并与Z省签署…; 次年又与W市…; 正式与加拿大V市缔结…),
 * or any clause that writes 与B(的)友城关系. Its subject is the Chinese place written before it in the sentence, else
 * the article's own place (its title and most frequent Chinese mention; what 我市 stands for).
 */
final class ElidedSubjectPattern extends NamedPattern {

    static final String TIME =
            "(?:(?:于|在|自|从)?(?:(?:(?:19|20)\\d{2}|[一二][九〇零○][一二三四五六七八九〇零○]{2})年(?:(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])月"
                    + "(?:\\d{1,2}日|(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?)?(?:初|底|末|中|上半年|下半年)?"
                    + "|\\d{1,2}月(?:\\d{1,2}日)?|次年|同年|翌年|当年|今年|去年|此后|随后|其后|之后|后来|目前|现在|现|至今|迄今"
                    + "|近日|日前|近年来|近年|多年来|此前|早在|截至目前|截至|截止|当天|当日|会上|会后|期间|其间|仪式上)[,，]?)";
    static final String ADVERB = "(?:并且|并|还|也|同时|此外|另外|又|已经|已|先后|相继|正式|分别|陆续|共|累计"
            + "|均|曾|更|再|将|即将|首次|率先|成功|已先后|积极|主动|顺利|特别是|尤其是|其中|早就|就|便)";
    static final Pattern LEAD =
            Pattern.compile("(?:" + TIME + "|" + ADVERB + "|、)*[与同和跟]" + "(?:国际)?(?:友好合作城市|友好交流城市|友好城市|友城)?");
    /** 与B友城关系, 与B的友好城市关系: the pair named together whatever stands before 与. */
    private static final Pattern RELATION =
            Pattern.compile("的?(?:友好城市|友城|友好省州|友好省|友好州|姐妹城市|友好交流城市|友好合作城市|友好合作|友好交流)关系");

    ElidedSubjectPattern() {
        super("elided-subject", "省略主语");
    }

    @Override
    public void read(Sentence s) {
        String t = s.text;
        Mention home = null;
        for (int k = 0; k < s.size(); k++) {
            Mention m = s.m(k);
            if (s.home(k) != null) {
                // 常熟作为江苏省下属县市…与X建立…: a place after 作为 is what the subject is, not the subject
                home = m.start() >= 2 && t.startsWith("作为", m.start() - 2) ? home : m;
                continue;
            }
            if (!m.foreign() || s.paired[k]) {
                continue;
            }
            int floor = home == null ? s.from : home.end();
            int cs = s.clauseStart(m.start(), floor);
            if (home != null && cs <= home.end()) {
                continue;
            }
            String lead = t.substring(cs, m.start()).strip();
            boolean elided = LEAD.matcher(lead).matches();
            if (!elided) {
                int with = m.start() - 1;
                int after = s.skipBrackets(m.end());
                elided = with >= cs
                        && t.charAt(with) == '与'
                        && RELATION.matcher(t).region(after, s.to).lookingAt();
            }
            if (!elided) {
                continue;
            }
            Gazetteer.Entry place = home != null ? s.home(home) : ParagraphSubject.before(s.r, s.from);
            if (place == null) {
                continue;
            }
            int end = s.partners.list(name(), place, m, k, m, true, cs);
            k = Math.max(k, end - 1);
        }
    }
}
