package org.youcheng.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.youcheng.common.CodedTerm;
import org.youcheng.common.FieldError;

/** The industries and themes a place offers or seeks in a partner, with the words that name them. */
public enum Theme implements CodedTerm {
    PORTS(List.of("港口", "港", "海港", "物流", "port", "ports", "harbour", "harbor", "logistics")),
    CARS(List.of("汽车", "汽车产业", "car", "cars", "automotive", "motor")),
    AGRICULTURE(List.of("农业", "农产品", "蔬菜", "agriculture", "farming", "food")),
    UNIVERSITIES(List.of("高校", "大学", "教育", "university", "universities", "education")),
    TOURISM(List.of("旅游", "文旅", "tourism", "tourist")),
    ECOLOGY(List.of("生态", "环保", "绿色", "ecology", "environment", "green", "climate")),
    TRADE(List.of("经贸", "贸易", "投资", "trade", "investment", "commerce")),
    MANUFACTURING(List.of("制造", "制造业", "工业", "manufacturing", "industry")),
    CULTURE(List.of("文化", "艺术", "culture", "arts", "heritage")),
    HEALTH(List.of("医疗", "卫生", "中医", "健康", "health", "medicine")),
    TECHNOLOGY(List.of("科技", "创新", "technology", "innovation", "science")),
    ENERGY(List.of("能源", "新能源", "energy", "renewables"));

    private final List<String> words;

    Theme(List<String> words) {
        this.words = words;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String code() {
        return CodedTerm.super.code();
    }

    /** Reads a theme from its code, its Chinese or English name or one of its words. */
    public static Optional<Theme> parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Theme t : values()) {
            if (t.code().equals(s) || t.zh().equals(s) || t.words.contains(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The themes a caller named in {@code texts} (codes or words; none for null); an unknown one adds an error on
     * the field {@code themes} that lists the codes.
     */
    static Set<Theme> parseAll(List<String> texts, List<FieldError> errors) {
        Set<Theme> themes = new LinkedHashSet<>();
        for (String t : texts == null ? List.<String>of() : texts) {
            parse(t).ifPresentOrElse(
                            themes::add,
                            () -> errors.add(new FieldError(
                                    "themes",
                                    t,
                                    "unknown theme; use one of "
                                            + String.join(
                                                    ", ",
                                                    java.util.Arrays.stream(values())
                                                            .map(Theme::code)
                                                            .toList()))));
        }
        return themes;
    }

    /** The themes whose words occur in a free text (Chinese words anywhere, English ones as whole words). */
    public static Set<Theme> mentionedIn(String text) {
        Set<Theme> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> englishWords = new ArrayList<>(List.of(lower.split("[^a-z]+")));
        for (Theme t : values()) {
            for (String w : t.words) {
                boolean han =
                        w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                if (han ? lower.contains(w) : englishWords.contains(w)) {
                    found.add(t);
                    break;
                }
            }
        }
        return found;
    }

    /** Theme codes as stored: comma-separated. */
    public static String store(Set<Theme> themes) {
        return themes.isEmpty()
                ? null
                : String.join(",", themes.stream().map(Theme::code).toList());
    }

    /** Theme codes as {@link #store} wrote them. */
    public static Set<Theme> load(String stored) {
        Set<Theme> out = new LinkedHashSet<>();
        if (stored != null) {
            for (String s : stored.split(",")) {
                if (!s.isBlank()) {
                    out.add(Theme.valueOf(s.strip().toUpperCase(Locale.ROOT)));
                }
            }
        }
        return out;
    }
}
