package org.youcheng.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.Level;

/** GeoNames' towns: their Chinese and kanji names as Chinese tables write them, and how they join the other sources. */
class GeoNamesLoaderTests {

    static final java.util.Map<String, String> ISO_STATES =
            GeoNamesLoader.isoStates(NpmData.text("iso-3166-2/iso3166.min.js"));

    @Test
    void kanjiNamesAreAlsoWrittenTheChineseWay() {
        assertThat(GeoNamesLoader.chineseForms("金ケ崎町")).contains("金ケ崎町", "金崎町");
        assertThat(GeoNamesLoader.chineseForms("三ノ輪町")).contains("三之轮町", "三轮町");
        assertThat(GeoNamesLoader.chineseForms("内灘町")).contains("内滩町");
        assertThat(GeoNamesLoader.chineseForms("聖帕爾滕")).containsExactly("圣帕尔滕");
        assertThat(GeoNamesLoader.chineseForms("巴淡島")).contains("巴淡岛", "巴淡");
        assertThat(GeoNamesLoader.chineseForms("青岛")).containsExactly("青岛");
    }

    @Test
    void saintIsAlsoWrittenShort() {
        assertThat(GeoNamesLoader.abbreviatedSaint("Sankt Pölten")).isEqualTo("St. Pölten");
        assertThat(GeoNamesLoader.abbreviatedSaint("Saint-Étienne")).isEqualTo("St.-Étienne");
        assertThat(GeoNamesLoader.abbreviatedSaint("Sainte-Foy")).isEqualTo("Ste.-Foy");
        assertThat(GeoNamesLoader.abbreviatedSaint("Santander")).isEqualTo("Santander");
    }

    @Test
    void theBundledFileHoldsTownsByTheirChineseAndLatinNames() {
        List<NaturalEarthLoader.Point> points = new GeoNamesLoader(Set.of("FR", "ZA", "JP"), ISO_STATES).points();
        assertThat(points).anySatisfy(p -> assertThat(p.names()).contains("Vendôme", "旺多姆"));
        assertThat(points).anySatisfy(p -> assertThat(p.names()).contains("Delmas"));
        // a small town by its Latin name only (Fronsac has about 1,000 people: below the 3,000 kept)
        assertThat(points).noneSatisfy(p -> assertThat(p.names()).contains("Fronsac"));
        assertThat(points).anySatisfy(p -> assertThat(p.names()).contains("Kanegasaki", "金崎町"));
        assertThat(points).allSatisfy(p -> assertThat(p.country()).isIn("FR", "ZA", "JP"));
    }

    @Test
    void smallPartnerTownsOfThreeThousandPeopleOrMoreAreKeptByTheirLatinNames() {
        // 卡斯特拉蒙特 Castellamonte (7,215 people), 本茨弗什 Bengtsfors (3,125): Chinese tables write them by their sounds
        List<NaturalEarthLoader.Point> points = new GeoNamesLoader(Set.of("IT", "SE"), ISO_STATES).points();
        assertThat(points).anySatisfy(p -> assertThat(p.names()).contains("Castellamonte"));
        assertThat(points).anySatisfy(p -> assertThat(p.names()).contains("Bengtsfors"));
        assertThat(points)
                .allSatisfy(p -> assertThat(p.population() == null
                                || p.population() >= 3000
                                || p.names().stream().anyMatch(org.youcheng.registry.Names::hasHan))
                        .isTrue());
    }

    @Test
    void aTownOfTheUnitedStatesOrSwitzerlandNamesItsStateByTheIsoCodeGeoNamesGives() {
        var states = GeoNamesLoader.isoStates(
                "{\"US-CA\":{type:\"State\",name:\"California\"},\"CH-ZH\":{type:\"Canton\",name:\"Zürich\"},"
                        + "\"FR-11\":{type:\"Metropolitan department\",name:\"Aude\"}}");
        // France's admin1 codes in GeoNames are its own numbers (11 is Île-de-France), not ISO's: none is read
        assertThat(states).containsOnly(Map.entry("US-CA", "California"), Map.entry("CH-ZH", "Zürich"));
        List<NaturalEarthLoader.Point> points = new GeoNamesLoader(Set.of("US", "FR"), ISO_STATES).points();
        assertThat(points).anySatisfy(p -> {
            assertThat(p.names()).contains("Sonoma");
            assertThat(p.adm1()).isEqualTo("California");
        });
        assertThat(points)
                .filteredOn(p -> p.country().equals("FR"))
                .allSatisfy(p -> assertThat(p.adm1()).isEmpty());
    }

    @Test
    void aPointJoinsThePlaceOfItsGeoNamesIdElseAPlaceOfItsNameNearbyElseIsAPlace() {
        PlaceRow known = new PlaceRow("NE-2970110", Level.CITY, "FR", "naturalearth");
        known.nameEn = "Vendome";
        known.geonameId = "2970110";
        PlaceRow named = new PlaceRow("Q1", Level.CITY, "FR", "wikidata");
        named.nameEn = "St. Pölten";
        named.aliases.add("St. Pölten");
        NaturalEarthLoader.Point vendome = new NaturalEarthLoader.Point(
                "2970110", "", "FR", "PPLA3", List.of("Vendôme", "旺多姆"), "", 19226L, 47.79, 1.07);
        NaturalEarthLoader.Point stPolten = new NaturalEarthLoader.Point(
                "2766429", "", "FR", "PPLA", List.of("Sankt Pölten", "St. Pölten", "圣帕尔滕"), "", 21911L, 48.2, 15.63);
        NaturalEarthLoader.Point other =
                new NaturalEarthLoader.Point("1", "", "FR", "PPL", List.of("Blois", "布卢瓦"), "", 45000L, 47.59, 1.33);
        PlaceRow springfieldOne = new PlaceRow("Q2", Level.CITY, "FR", "wikidata");
        springfieldOne.aliases.add("Springfield");
        PlaceRow springfieldTwo = new PlaceRow("Q3", Level.CITY, "FR", "wikidata");
        springfieldTwo.aliases.add("Springfield");
        NaturalEarthLoader.Point springfield = new NaturalEarthLoader.Point(
                "2", "", "FR", "PPL", List.of("Springfield", "斯普林菲尔德"), "", 20000L, 45.0, 2.0);
        List<PlaceRow> made = NaturalEarthLoader.merge(
                List.of(vendome, stPolten, other, springfield),
                List.of(known, named, springfieldOne, springfieldTwo),
                "geonames",
                "GN-");
        // one of two places of its name without a position: neither joined nor copied
        assertThat(springfieldOne.aliases).doesNotContain("斯普林菲尔德");
        assertThat(springfieldTwo.aliases).doesNotContain("斯普林菲尔德");
        assertThat(known.aliases).contains("旺多姆");
        assertThat(known.nameZh).isEqualTo("旺多姆");
        assertThat(named.aliases).contains("圣帕尔滕");
        assertThat(made).singleElement().satisfies(p -> {
            assertThat(p.code).isEqualTo("GN-1");
            assertThat(p.origin).isEqualTo("geonames");
            assertThat(p.nameZh).isEqualTo("布卢瓦");
        });
    }

    @Test
    void theOnlyPlaceOfANameThatTwoSourcesWriteAlikeInBothScriptsIsOnePlaceThoughTheyPlaceItApart() {
        PlaceRow naka = wikidataTown("Q633647", "Naka", "那珂市", 36.46, 140.49);
        PlaceRow asahi = wikidataTown("Q4", "Asahi", "旭市", 35.72, 140.65);
        // 45 km apart, both scripts alike: one place
        NaturalEarthLoader.Point nakaPoint = new NaturalEarthLoader.Point(
                "2111749", "", "JP", "PPL", List.of("Naka", "那珂市"), "", 53137L, 36.05, 140.17);
        // the Latin name alone alike, 60 km apart: another town
        NaturalEarthLoader.Point asahiPoint =
                new NaturalEarthLoader.Point("5", "", "JP", "PPL", List.of("Asahi"), "", 30000L, 35.2, 140.3);
        // both scripts alike but 300 km apart: another town
        NaturalEarthLoader.Point farNaka =
                new NaturalEarthLoader.Point("6", "", "JP", "PPL", List.of("Naka", "那珂市"), "", 10000L, 33.9, 134.6);
        List<PlaceRow> made = NaturalEarthLoader.merge(
                List.of(nakaPoint, asahiPoint, farNaka), List.of(naka, asahi), "geonames", "GN-");
        assertThat(naka.geonameId).isEqualTo("2111749");
        assertThat(made).extracting(p -> p.code).containsExactlyInAnyOrder("GN-5", "GN-6");
    }

    /** A Japanese town as Wikidata gives it: its names in both scripts and a position. */
    private static PlaceRow wikidataTown(String qid, String en, String zh, double lat, double lng) {
        PlaceRow p = new PlaceRow(qid, Level.CITY, "JP", "wikidata");
        p.nameEn = en;
        p.nameZh = zh;
        p.aliases.addAll(List.of(en, zh));
        p.lat = lat;
        p.lng = lng;
        return p;
    }
}
