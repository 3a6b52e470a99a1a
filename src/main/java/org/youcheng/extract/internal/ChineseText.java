package org.youcheng.extract.internal;

import com.hankcs.hanlp.HanLP;
import org.youcheng.registry.Names;

/**
 * Character-level helpers for reading articles: traditional characters mapped one to one onto simplified ones (so
 * that offsets into the simplified text are offsets into the input), and the classes of characters the rules use.
 */
final class ChineseText {

    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;
    private static volatile char[] table;

    private ChineseText() {}

    /**
     * The text with every traditional character replaced by its simplified form, character for character. A
     * phrase-level converter may change a text's length; a table of single characters never does.
     */
    static String simplified(String text) {
        char[] t = table();
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST) {
                char s = t[c - FIRST];
                if (s != c) {
                    if (out == null) {
                        out = text.toCharArray();
                    }
                    out[i] = s;
                }
            }
        }
        return out == null ? text : new String(out);
    }

    private static char[] table() {
        char[] t = table;
        if (t == null) {
            synchronized (ChineseText.class) {
                t = table;
                if (t == null) {
                    t = new char[LAST - FIRST + 1];
                    StringBuilder all = new StringBuilder(t.length * 2);
                    for (int c = FIRST; c <= LAST; c++) {
                        all.append((char) c).append('\n');
                    }
                    String[] lines =
                            HanLP.convertToSimplifiedChinese(all.toString()).split("\n", -1);
                    for (int c = FIRST; c <= LAST; c++) {
                        String one = lines.length > LAST - FIRST + 1 ? lines[c - FIRST] : "";
                        t[c - FIRST] = one.length() == 1 ? one.charAt(0) : (char) c;
                    }
                    for (int i = 0; i < Names.VARIANTS.length(); i++) {
                        t[Names.VARIANTS.charAt(i) - FIRST] = Names.VARIANTS_AS.charAt(i); // 陜西 is 陕西
                    }
                    table = t;
                }
            }
        }
        return t;
    }

    /** Whether 都 or 城 right after a name's 省, 州, 县 or 市 makes a word with it (义安省都, 县城), not a longer name. */
    static boolean suffixWord(CharSequence name, char next) {
        char last = name.isEmpty() ? ' ' : name.charAt(name.length() - 1);
        return "都城".indexOf(next) >= 0 && "省县市州".indexOf(last) >= 0;
    }

    static boolean han(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= FIRST && c < 0x4DC0) || (c >= 0xF900 && c <= 0xFAFF);
    }

    static boolean digit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** Characters that may sit inside a transliterated name: Han, and the dashes and dots between its parts. */
    static boolean nameChar(char c) {
        return han(c) || c == '—' || c == '-' || c == '·' || c == '•' || c == '－' || c == '‧';
    }

    static boolean openParen(char c) {
        return c == '(' || c == '（';
    }

    static boolean closeParen(char c) {
        return c == ')' || c == '）';
    }

    /** Ends a sentence: a relation and its kind word are looked for within one. */
    static boolean sentenceEnd(char c) {
        return (c < 0x4E00 || c > 0x9FFF) // a Chinese character, most of the text, is answered by one range
                && (c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '\n' || c == '!' || c == '?');
    }

    /** The first end of a sentence at or after {@code from}, or the length of the text. */
    static int sentenceEndFrom(String s, int from) {
        int i = from;
        while (i < s.length() && !sentenceEnd(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether nothing but a word that joins the items of an enumeration (、 和 及 以及 与 同, a comma) stands between
     * {@code a} and {@code b}, spaces aside.
     */
    static boolean joinsItems(String text, int a, int b) {
        return switch (text.substring(a, b).strip()) {
            case "、", "和", "及", "以及", "与", "同", "，", "," -> true;
            default -> false;
        };
    }

    /** Whether the text between two places is one word that pairs them (和, 与, 同, 及), with nothing around it. */
    static boolean pairConnector(String between) {
        return switch (between) {
            case "和", "与", "同", "及", "跟" -> true;
            default -> false;
        };
    }

    /** Where the line that holds position {@code at} begins. */
    static int lineStart(String t, int at) {
        return at == 0 ? 0 : t.lastIndexOf('\n', at - 1) + 1;
    }

    /** Whether a colon stands between two positions. */
    static boolean colonIn(String t, int a, int b) {
        for (int i = a; i < b; i++) {
            if (colon(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The last place the word begins from {@code from} to {@code last}, or -1: a backward search that stops at from. */
    static int lastIndexIn(String s, String word, int from, int last) {
        for (int i = Math.min(last, s.length() - word.length()); i >= from; i--) {
            if (s.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The first position from {@code from} (before {@code to}) that holds no space. */
    static int afterSpaces(String s, int from, int to) {
        int i = from;
        while (i < to && space(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean clauseEnd(char c) {
        return (c < 0x4E00 || c > 0x9FFF) && (sentenceEnd(c) || c == ',' || c == '，' || c == ':' || c == '：');
    }

    static boolean colon(char c) {
        return c == ':' || c == '：';
    }

    /**
     * 在银川举办的…, 庆典在温哥华举行, 在北京人民大会堂签署: the place where an event is held or a paper signed, a hall
     * of it may be named, not a side of the tie it celebrates.
     */
    static boolean venue(String t, int from, int to) {
        return from > 0
                && (t.charAt(from - 1) == '在' || t.charAt(from - 1) == '于')
                && VENUE_VERB
                        .matcher(t)
                        .region(to, Math.min(t.length(), to + 16))
                        .lookingAt();
    }

    /** What follows a venue: a hall of it, then a verb of holding or signing. */
    private static final java.util.regex.Pattern VENUE_VERB = java.util.regex.Pattern.compile(
            "(?:\\p{IsHan}{0,7}?(?:大会堂|国宾馆|宾馆|会堂|酒店|饭店|大厦|会议中心|会展中心))?(?:举办|举行|召开|签署|签订|签约)");

    /** 自 or 从 before a year (埃森自2015年缔结…以来): "since", not a character of the name. */
    static boolean sinceYear(String s, int k) {
        return k + 1 < s.length() && (s.charAt(k) == '自' || s.charAt(k) == '从') && Character.isDigit(s.charAt(k + 1));
    }

    static boolean space(char c) {
        // no space or line separator lies above the ideographic space: Chinese text is answered at once
        return c <= '\u3000' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** Whether {@code [from, to)}, spaces before it left out, begins with the word (其中 in a clause). */
    static boolean leadsWith(String s, int from, int to, String word) {
        int k = from;
        while (k < to && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        return k + word.length() <= to && s.startsWith(word, k);
    }

    /** Where {@code word} begins wholly inside {@code [from, to)}, or -1 (the text after {@code to} is not searched). */
    static int indexIn(String s, String word, int from, int to) {
        int end = Math.min(to, s.length());
        return from < 0 || from > end ? -1 : s.indexOf(word, from, end);
    }

    /**
     * Whether one of the characters occurs between two positions: a cheap test before a regular expression that
     * cannot match without one.
     */
    static boolean anyIn(String s, String chars, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, s.length()); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text between two positions is this word, and no more. */
    static boolean writtenAt(String word, String s, int from, int to) {
        return word.length() == to - from && s.startsWith(word, from);
    }

    /** Whether one of the words begins at {@code k}. */
    static boolean startsWithAny(String s, int k, String... words) {
        for (String w : words) {
            if (s.startsWith(w, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words stands anywhere in {@code s}. */
    static boolean containsAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
