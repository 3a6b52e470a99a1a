package org.youcheng.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.youcheng.common.CodedTerm;

/** The kind of a tie, and the many words people use for each (DOMAIN.md). */
public enum TieKind implements CodedTerm {
    SISTER(List.of(
            "sister",
            "sister city",
            "sister-city",
            "twin",
            "twin town",
            "友好城市",
            "友好省州",
            "友好省",
            "友好州",
            "友城",
            "缔结友好城市关系",
            "正式结好",
            "友好城市关系",
            "姊妹城市",
            "姐妹城市")),
    PARTNER(List.of(
            "partner",
            "partner city",
            "friendship city",
            "friendship-cooperation",
            "友好交流城市",
            "友好合作关系城市",
            "友好合作城市",
            "友好交流关系",
            "友好合作关系",
            "友好交流合作城市",
            "友好交流")),
    INTENT(List.of("intent", "intention", "letter of intent", "结好意向", "签署意向书", "明确了结好意向", "意向", "意向书", "意向城市")),
    /**
     * A tie a reference source states (the Wikidata twin network) without saying of which kind: never typed in,
     * never counted as a sister or partner, until the office's own record says what it is.
     */
    UNVERIFIED(List.of());

    private final List<String> words;

    TieKind(List<String> words) {
        this.words = words;
    }

    /** The kinds a record, a form or an article can state. */
    public static final List<TieKind> RECORDABLE = List.of(SISTER, PARTNER, INTENT);

    /**
     * Whether a tie of this kind is counted among a place's partners: a sister or partner tie, or a reference tie of
     * unknown kind where it is counted at all. An intent is not a tie yet; it is shown beside, never in a total.
     */
    public boolean counted() {
        return this != INTENT;
    }

    /**
     * Whether a tie going from {@code before} (null: a new tie) to {@code after} becomes formal or more formal — a
     * sister or partner tie that was not one, or a partner tie made sister: what the approval path is for.
     */
    public static boolean raises(TieKind before, TieKind after) {
        boolean formal = after == SISTER || after == PARTNER;
        return formal && before != after && before != SISTER;
    }

    /** Reads a kind from its code or any of its Chinese or English words. */
    public static Optional<TieKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (TieKind k : RECORDABLE) {
            if (k.code().equals(s) || k.words.contains(s)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The kind an export writes for a reference tie ({@code unverified} or its Chinese label), never parsed as a record. */
    public static Optional<TieKind> parseUnverified(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return s.equals(UNVERIFIED.code()) || s.equals(UNVERIFIED.zh()) || s.equals(UNVERIFIED.en())
                ? Optional.of(UNVERIFIED)
                : Optional.empty();
    }

    public static String accepted() {
        return "sister|partner|intent, or 友好城市, 友好交流城市, 结好意向 and their synonyms";
    }
}
