package org.youcheng.analytics;

import java.util.Locale;
import java.util.Optional;
import org.youcheng.registry.Place;

/**
 * Whose ties a figure counts: the place's own (本级: the ties its own office signed) or the whole place with its
 * counties and districts (全市, 全省, 全县 …: what offices publish). Every tie a subordinate place holds is a pair of
 * the whole place too; a country or continent is counted once however many of its places reach it.
 */
public enum Scope {
    OWN("本级", "own level"),
    WHOLE("全域", "with counties and districts");

    private final String zh;
    private final String en;

    Scope(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String en() {
        return en;
    }

    /** The word for this scope of a place as offices write it: 本级, or 全 and the place's own suffix (全市, 全省, 全区). */
    public String zh(Place place) {
        if (this == OWN) {
            return zh;
        }
        String name = place.nameZh();
        return name == null || name.isEmpty() ? zh : "全" + name.charAt(name.length() - 1);
    }

    /** In a sentence: 全市 / 本级 in Chinese, "the whole city" / "its own office" in English. */
    public String label(Place place, boolean chinese) {
        return chinese ? zh(place) : en;
    }

    /** Reads own|whole or the Chinese words (本级, 全市, 全省, 全县, 全区 …); empty when it is none of them. */
    public static Optional<Scope> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("own") || s.equals("本级")) {
            return Optional.of(OWN);
        }
        if (s.equals("whole") || s.equals("all") || (s.length() == 2 && s.charAt(0) == '全')) {
            return Optional.of(WHOLE);
        }
        return Optional.empty();
    }
}
