package org.youcheng.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.youcheng.common.Term;

/** A choice of a form's select or check boxes: its code and its words in the page's language. */
public record Choice(String code, String label) {

    /** The words of a vocabulary as choices, in its order. */
    public static <T extends Term> List<Choice> of(T[] terms, Function<T, String> code, boolean zh) {
        return Arrays.stream(terms)
                .map(t -> new Choice(code.apply(t), t.label(zh)))
                .toList();
    }
}
