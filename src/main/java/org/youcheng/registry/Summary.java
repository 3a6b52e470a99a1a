package org.youcheng.registry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;

/**
 * The figures an office reports first: its partners by kind, countries and continents, at its own level and
 * including its counties and districts. Ended ties, ties set aside by an official list and exchanges within China
 * are not counted; a place with records of its own is counted from them alone ({@link CountingBasis}), and
 * {@code basis} says which ties were counted.
 */
@JsonPropertyOrder({"place", "sister", "partner", "intent", "total", "countries", "continents"})
public record Summary(
        PlaceRef place, @JsonUnwrapped Counts counts, Counts includingSubordinates, int subordinatePlaces) {

    public record PlaceRef(long id, String code, String nameZh, String nameEn, String level, String country) {
        public static PlaceRef of(Place p) {
            return new PlaceRef(
                    p.id(), p.code(), p.nameZh(), p.nameEn(), p.level().code(), p.countryCode());
        }

        /** The name in a language, else in the other. */
        public String name(boolean zh) {
            String name = zh ? nameZh : nameEn;
            return name != null ? name : zh ? nameEn : nameZh;
        }
    }

    /**
     * @param total          the partners: sister, partner and counted unverified ties; intents are not ties yet and
     *                       are counted apart ({@code intent}), in no total, country or continent
     * @param unverified     reference ties counted (a place without records): a tie of unknown kind
     * @param basis          {@link CountingBasis#code()}: recorded, reference, mixed or none; basisZh/basisEn say it
     * @param referenceBeside reference ties not counted because the place has records of its own (shown beside)
     * @param setAside       reference ties an official list left out (counted nowhere)
     */
    @JsonPropertyOrder({"sister", "partner", "intent", "unverified", "total", "countries", "continents", "basis"})
    public record Counts(
            int sister,
            int partner,
            int intent,
            int unverified,
            int total,
            int countries,
            int continents,
            int withinChina,
            String basis,
            String basisZh,
            String basisEn,
            int referenceBeside,
            int setAside,
            Map<String, CountryCount> byCountry,
            Map<String, Integer> byContinent,
            Map<String, Integer> byRegion) {}

    public record CountryCount(
            String nameZh, String nameEn, int sister, int partner, int intent, int unverified, int total) {}
}
