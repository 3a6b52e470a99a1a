package org.youcheng.analytics;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.youcheng.analytics.internal.HeldTie;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Country;
import org.youcheng.registry.TieKind;

/**
 * A tie as the figures list it: the partner, its level, country and continent, the kind and the signing.
 *
 * @param holder       the Chinese place that holds the tie (the place itself, or one of its counties or districts)
 * @param partnerLevel {@link org.youcheng.registry.Level#code()} of the partner (a province, a city …)
 * @param continent    {@link org.youcheng.registry.Continent#code()}, null when the country is unknown
 */
public record TieLine(
        long tieId,
        long holder,
        long partnerId,
        String partnerZh,
        String partnerEn,
        String partnerLevel,
        String country,
        String countryZh,
        String countryEn,
        String continent,
        @JsonSerialize(converter = JsonText.Kind.class) TieKind kind,
        @JsonSerialize(converter = JsonText.Date.class) PartialDate signed) {

    public static TieLine of(HeldTie t, Map<String, Country> countries) {
        Country c = countries.get(t.country());
        return new TieLine(
                t.tieId(),
                t.holder(),
                t.partner(),
                t.partnerName(true),
                t.partnerName(false),
                t.partnerLevel().code(),
                t.country(),
                c == null ? t.country() : c.nameZh(),
                c == null ? t.country() : c.nameEn(),
                c == null ? null : c.continent().code(),
                t.kind(),
                t.signed());
    }

    /** Whole years since the signing at the end of a year; null when undated. */
    public Integer yearsAt(int year) {
        return signed == null ? null : year - signed.year();
    }
}
