package org.youcheng.registry;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * One clause of what the resolver says about a choice, as a code and its arguments, so that each reader's language puts
 * it into words: the message bundles' sentence {@code note.<code>}. An argument is a text (a name as written, a country
 * code, a score) or a note of its own (a place described, a level, a list of candidates), said first in the same
 * language. A list ({@link #LIST}: "; " in English, {@link #OR}: " / ") joins its arguments pairwise with the bundles'
 * {@code note.list} or {@code note.or}. English is what the resolver has always said ({@link #english}).
 */
public record ResolverNote(String code, List<Object> args) {

    static final String LIST = "list";
    public static final String OR = "or";

    public ResolverNote {
        args = List.copyOf(args);
    }

    public static ResolverNote of(String code, Object... args) {
        return new ResolverNote(code, Arrays.asList(args));
    }

    /** Several notes said one after the other ("a; b; c"). */
    public static ResolverNote list(List<ResolverNote> items) {
        return new ResolverNote(LIST, List.copyOf(items));
    }

    /** The key of this note's sentence in the message bundles. */
    public String key() {
        return "note." + code;
    }

    /** This note in the words of one language: {@code words} gives the sentence of a key with its arguments. */
    public String say(BiFunction<String, Object[], String> words) {
        if (LIST.equals(code) || OR.equals(code)) {
            String joined = "";
            for (int i = 0; i < args.size(); i++) {
                String item = said(args.get(i), words);
                joined = i == 0 ? item : words.apply(key(), new Object[] {joined, item});
            }
            return joined;
        }
        return words.apply(key(), args.stream().map(a -> said(a, words)).toArray());
    }

    /** A whole note (its first clause, then each further one joined by the bundles' {@code note.then}). */
    public static String say(List<ResolverNote> note, BiFunction<String, Object[], String> words) {
        if (note.isEmpty()) {
            return null;
        }
        String said = note.get(0).say(words);
        for (ResolverNote clause : note.subList(1, note.size())) {
            said = words.apply("note.then", new Object[] {said, clause.say(words)});
        }
        return said;
    }

    /** A whole note in English, as the import's warnings, the API and the command line have always said it. */
    public static String english(List<ResolverNote> note) {
        return say(note, ResolverNote::english);
    }

    private static String english(String key, Object[] args) {
        String pattern = English.BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    private static String said(Object arg, BiFunction<String, Object[], String> words) {
        return arg instanceof ResolverNote n ? n.say(words) : String.valueOf(arg);
    }

    /** The English bundle, read once when the first note is said. */
    private static final class English {
        static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
                "messages",
                Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
