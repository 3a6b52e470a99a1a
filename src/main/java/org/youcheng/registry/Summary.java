package org.youcheng.registry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;

/**
 * The figures an office reports first: its partners by kind, countries and continents, at its own level and
 * including its counties and districts. Ended ties and exchanges within China are not counted.
 */
@JsonPropertyOrder({"place", "sister", "partner", "intent", "total", "countries", "continents"})
public record Summary(PlaceRef place, @JsonUnwrapped Counts counts, Counts includingSubordinates,
                      int subordinatePlaces) {

    public record PlaceRef(long id, String code, String nameZh, String nameEn, String level, String country) {
        static PlaceRef of(Place p) {
            return new PlaceRef(p.id(), p.code(), p.nameZh(), p.nameEn(), p.level().code(), p.countryCode());
        }
    }

    @JsonPropertyOrder({"sister", "partner", "intent", "total", "countries", "continents"})
    public record Counts(int sister, int partner, int intent, int total, int countries, int continents,
                         int withinChina, Map<String, CountryCount> byCountry, Map<String, Integer> byContinent,
                         Map<String, Integer> byRegion) {
    }

    public record CountryCount(String nameZh, String nameEn, int sister, int partner, int intent, int total) {
    }
}
