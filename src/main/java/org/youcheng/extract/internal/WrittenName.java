package org.youcheng.extract.internal;

import org.youcheng.registry.Names;

/**
 * A partner's name as the input writes it, where the reading's text looks a mainland spelling up as its variant
 * ({@link Names#SPELLINGS}: 新泻市 is found as 新潟市 but reported as 新泻市).
 */
final class WrittenName {

    private WrittenName() {}

    static String of(Reading r, Mention m) {
        String name = m.name();
        int start = m.end() - name.length();
        if (start < 0 || !r.text.startsWith(name, start)) {
            return name;
        }
        char[] out = null;
        for (int i = 0; i < name.length(); i++) {
            int at = Names.VARIANTS_AS.indexOf(name.charAt(i));
            if (at < 0 || Names.SPELLINGS.indexOf(Names.VARIANTS.charAt(at)) < 0) {
                continue;
            }
            String input = r.quote(start + i, start + i + 1);
            if (input.length() == 1 && input.charAt(0) == Names.VARIANTS.charAt(at)) {
                out = out == null ? name.toCharArray() : out;
                out[i] = input.charAt(0);
            }
        }
        return out == null ? name : new String(out);
    }
}
