package org.youcheng.registry;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How place names are compared: simplified characters, no spaces, punctuation or accents, lower case,
 * and without an administrative suffix (市, 省, 州, 县, 区, 郡, 广域市, City …), so that 青岛市, 青岛 and
 * "Qingdao" meet under one key each. A suffix is removed only when at least two characters remain, so that
 * 广州 keeps its 州.
 */
public final class Names {

    /** Longest first, so that 自治区 wins over 区. */
    private static final List<String> ZH_SUFFIXES = List.of(
            "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "边疆区", "自治区", "自治州", "自治县", "自治旗", "广域市", "特别市", "特别自治市", "直辖市", "新区",
            "地区", "市", "省", "州", "县", "区", "郡", "府", "盟", "旗", "镇", "町", "村");

    private static final List<String> EN_SUFFIXES = List.of(
            " city",
            " prefecture",
            " province",
            " county",
            " district",
            " municipality",
            " oblast",
            " krai",
            " governorate",
            " metropolitan city",
            " special city",
            " borough",
            " township",
            " town");
    static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}·・．，、。（）()《》“”‘’\\u00a0]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** A reading in pinyin with tone marks, in brackets in a Chinese name (韩国(guó)广州市): no part of the name. */
    private static final Pattern PINYIN_GLOSS =
            Pattern.compile("\\([a-zü' ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ ]*\\)");
    /** The state forms a country's name may be followed by (约旦王国, 巴拿马共和国), longest first. */
    private static final List<String> STATE_FORMS =
            List.of("伊斯兰共和国", "联邦共和国", "民主共和国", "人民共和国", "联合王国", "共和国", "合众国", "酋长国", "苏丹国", "大公国", "王国", "联邦", "公国");

    private Names() {}

    /** Simplified characters for traditional ones; other text unchanged. */
    public static String simplified(String text) {
        if (text == null || text.isEmpty() || !Convertible.mayChange(text) || !hasHan(text)) {
            return text;
        }
        return HanLP.convertToSimplifiedChinese(variants(text));
    }

    /**
     * Glyph variants that pages write for a character and the converter does not know (陜 for 陝 in 陜西, 瑯 for 琅,
     * 囯 for 國, 淸 and 靑 of older fonts, 泻 for the Japanese 潟 of 新潟, the Japanese 郷 for 鄉 in a Taiwanese township's
     * name), with the character they stand for; one for
     * one, so offsets hold.
     */
    public static final String VARIANTS = "陜瑯囯淸靑泻郷";

    public static final String VARIANTS_AS = "陕琅国清青潟乡";

    /**
     * The variants of {@link #VARIANTS} that are the mainland's own simplified spelling, not a wrong glyph (新泻 for
     * 新潟): looked up as the other character, but a name is reported as written.
     */
    public static final String SPELLINGS = "泻";

    /** The text with the glyph variants of {@link #VARIANTS} replaced; else unchanged. */
    public static String variants(String text) {
        return mapped(text, VARIANTS, VARIANTS_AS);
    }

    /** The text with each character of {@code from} replaced by the one at its place in {@code to}; else unchanged. */
    private static String mapped(String text, String from, String to) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            int at = from.indexOf(text.charAt(i));
            if (at >= 0 && b == null) {
                b = new StringBuilder(text.substring(0, i));
            }
            if (b != null) {
                b.append(at >= 0 ? to.charAt(at) : text.charAt(i));
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * Mainland simplified usage for a name written in Taiwan's usage (永珍 → 万象, 紐西蘭 → 新西兰), beyond the
     * character-by-character conversion of {@link #simplified}.
     */
    public static String simplifiedMainland(String text) {
        if (text == null || text.isEmpty() || !hasHan(text)) {
            return text;
        }
        return HanLP.tw2s(text);
    }

    /**
     * Japanese forms of characters (shinjitai and other kanji that are neither traditional nor simplified Chinese)
     * with the simplified character Chinese writes for them: 浜 滨, 沢 泽, 広 广, 栃 枥, 県 县, 渋 涩, 﨑 崎. The
     * traditional to simplified conversion does not know them, so a Japanese town written in kanji (浜松, 渋川)
     * would not meet its Chinese spelling (滨松, 涩川).
     */
    private static final String JAPANESE =
            "浜沢広栃恵竜桜児斎辺渋亀塩駅単団図応帰挙拠検験険県剣権歓観気暁経継軽芸関徳釈収従粛処畳縄壌醸譲粋酔穂斉摂銭荘捜挿巣騒蔵臓対滝択弾鋳聴庁逓鉄転伝稲闘読弐悩脳廃売発髪抜晩賓払変舗豊毎満黙訳薬揺様謡頼覧両猟緑涙塁霊齢暦歴労郷響駆勲渓蛍鶏撃倹巻圏顕厳黒砕雑歯実焼証奨乗浄剰髄瀬戦層総聡増贈続帯遅徴鎮塚難覇拝頻歩麺餅戻欄虜類錬録姫隣亜悪圧囲為隠営栄衛円縁艶穏仮価絵壊懐拡覚楽勧陥寛顔犠戯済剤桟賛視渇﨑嶋髙冨舘邉邊籠條碕岡";

    private static final String JAPANESE_AS_CHINESE =
            "滨泽广枥惠龙樱儿斋边涩龟盐驿单团图应归举据检验险县剑权欢观气晓经继轻艺关德释收从肃处叠绳壤酿让粹醉穗齐摄钱庄搜插巢骚藏脏对泷择弹铸听厅递铁转传稻斗读贰恼脑废卖发发拔晚宾拂变铺丰每满默译药摇样谣赖览两猎绿泪垒灵龄历历劳乡响驱勋溪萤鸡击俭卷圈显严黑碎杂齿实烧证奖乘净剩髓濑战层总聪增赠续带迟征镇冢难霸拜频步面饼戾栏虏类炼录姬邻亚恶压围为隐营荣卫圆缘艳稳假价绘坏怀扩觉乐劝陷宽颜牺戏济剂栈赞视渴崎岛高富馆边边笼条崎冈";

    /** The text with Japanese forms of characters replaced by the simplified Chinese ones; else unchanged. */
    public static String japaneseForms(String text) {
        return mapped(text, JAPANESE, JAPANESE_AS_CHINESE);
    }

    /** The length of the state form a text begins with (王国克拉克市 after 约旦), or 0. */
    public static int stateForm(String text) {
        for (String form : STATE_FORMS) {
            if (text.startsWith(form)) {
                return form.length();
            }
        }
        return 0;
    }

    /** The key a name is filed and looked up under. */
    public static String key(String name) {
        return stripSuffix(full(name));
    }

    /** Normalised but with its suffix: for telling 朝阳市 from 朝阳区 when both are candidates. */
    public static String full(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        s = simplified(s);
        s = s.toLowerCase(Locale.ROOT);
        if (s.indexOf('(') >= 0) {
            s = PINYIN_GLOSS.matcher(s).replaceAll("");
        }
        if (s.startsWith("city of ")) {
            s = s.substring(8);
        }
        if (!hasHan(s)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            s = latinBase(s);
            for (String suffix : EN_SUFFIXES) {
                if (s.endsWith(suffix) && s.length() - suffix.length() >= 3) {
                    s = s.substring(0, s.length() - suffix.length()) + "\u0001" + suffix.strip();
                    break;
                }
            }
        }
        return NameNoise.mayHold(s) ? NOISE.matcher(s).replaceAll("") : s;
    }

    /** Letters that carry no separable accent, as people type them without one: Łódź is Lodz, Nam Định Nam Dinh. */
    private static String latinBase(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            String r = switch (s.charAt(i)) {
                case 'ł' -> "l";
                case 'đ', 'ð' -> "d";
                case 'ø' -> "o";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'ß' -> "ss";
                case 'ı' -> "i";
                case 'þ' -> "th";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                b.append(r != null ? r : String.valueOf(s.charAt(i)));
            }
        }
        return b == null ? s : b.toString();
    }

    public static String stripSuffix(String full) {
        int mark = full.indexOf('\u0001');
        if (mark >= 0) {
            return full.substring(0, mark);
        }
        for (String suffix : ZH_SUFFIXES) {
            if (full.endsWith(suffix) && full.length() - suffix.length() >= 2) {
                return full.substring(0, full.length() - suffix.length());
            }
        }
        return full;
    }

    /** The Chinese administrative suffix of a name, or "" (青岛市 → 市, 光州广域市 → 广域市). */
    public static String zhSuffix(String name) {
        String s = simplified(name == null ? "" : name.strip());
        for (String suffix : ZH_SUFFIXES) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= 2) {
                return suffix;
            }
        }
        return "";
    }

    /** Toneless pinyin syllables of a Chinese name without its suffix (青岛市: qing, dao); a character with none stays. */
    public static List<String> pinyinSyllables(String zhName) {
        String base = stripSuffix(simplified(zhName.strip()));
        List<Pinyin> syllables = HanLP.convertToPinyinList(base);
        List<String> out = new java.util.ArrayList<>(syllables.size());
        for (int i = 0; i < syllables.size(); i++) {
            Pinyin p = syllables.get(i);
            out.add(p == Pinyin.none5 ? String.valueOf(base.charAt(i)) : p.getPinyinWithoutTone());
        }
        return out;
    }

    /** Toneless pinyin of a Chinese name without its suffix, capitalised as a place name: 青岛市 → Qingdao. */
    public static String pinyin(String zhName) {
        StringBuilder b = new StringBuilder();
        for (String syllable : pinyinSyllables(zhName)) {
            if (!b.isEmpty() && (syllable.startsWith("a") || syllable.startsWith("e") || syllable.startsWith("o"))) {
                b.append('\'');
            }
            b.append(syllable.replace('v', 'ü'));
        }
        String s = b.toString();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
