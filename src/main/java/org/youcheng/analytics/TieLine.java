package org.youcheng.analytics;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Country;
import org.youcheng.registry.TieKind;

/** A tie as the figures list it: the partner, its country and the signing. */
public record TieLine(long tieId, long partnerId, String partnerZh, String partnerEn, String country,
                      String countryZh, String countryEn,
                      @JsonSerialize(converter = JsonText.Kind.class) TieKind kind,
                      @JsonSerialize(converter = JsonText.Date.class) PartialDate signed) {

    static TieLine of(HeldTie t, Map<String, Country> countries) {
        Country c = countries.get(t.country());
        return new TieLine(t.tieId(), t.partner(), t.partnerName(true), t.partnerName(false), t.country(),
                c == null ? t.country() : c.nameZh(), c == null ? t.country() : c.nameEn(), t.kind(), t.signed());
    }
}
