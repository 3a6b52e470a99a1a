package org.youcheng.registry;

/** The characters a name's key drops as noise, told apart cheaply before the expression that drops them runs. */
final class NameNoise {

    private NameNoise() {}

    /**
     * Whether a character {@code Names.NOISE} may match stands in the name: ASCII other than letters and digits, a no-break
     * space, Unicode punctuation (every character of the expression's list is one), so that the expression runs only
     * where it can change something.
     */
    static boolean mayHold(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? !Character.isLetterOrDigit(c) : c == '\u00a0' || punctuation(Character.getType(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean punctuation(int type) {
        return type == Character.CONNECTOR_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
