package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A known region in front of a name written otherwise than the gazetteer holds it, with no country written. */
class RegionInFrontTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("澳大利亚", "AU", "巴西", "BR", "日本", "JP", "美国", "US"));
        place(1, "首都领地", "Australian Capital Territory", Level.PROVINCE, "AU", 0);
        place(2, "堪培拉", "Canberra", Level.CITY, "AU", 1);
        place(10, "伯南布哥州", "Pernambuco", Level.PROVINCE, "BR", 0);
        place(11, "累西腓", "Recife", Level.CITY, "BR", 10);
        place(12, "伯南布哥省", "Pernambuco Province", Level.PROVINCE, "BR", 0);
        place(13, "奥林达", "Olinda", Level.CITY, "BR", 10);
        place(20, "静冈县", "Shizuoka", Level.PROVINCE, "JP", 0);
        place(21, "滨松市", "Hamamatsu", Level.CITY, "JP", 20);
        place(30, "熊本县", "Kumamoto Prefecture", Level.PROVINCE, "JP", 0);
        place(31, "甲佐町", "Kosa", Level.CITY, "JP", 30);
        place(40, "福井县", "Fukui Prefecture", Level.PROVINCE, "JP", 0);
        place(41, "千叶县", "Chiba Prefecture", Level.PROVINCE, "JP", 0);
        place(42, "美滨区", "Mihama-ku", Level.CITY, "JP", 41);
        place(50, "德克萨斯州", "Texas", Level.PROVINCE, "US", 0);
        place(51, "新泽西州", "New Jersey", Level.PROVINCE, "US", 0);
        place(52, null, "Addison", Level.CITY, "US", 50);
        place(53, null, "Edison", Level.CITY, "US", 51);
        place(54, null, "Allison", Level.CITY, "US", 51);
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, String country, long parent) {
        g.addPlace(new Gazetteer.Entry(id, zh, en, level, country, parent, 0), "X" + id, zh, en);
    }

    @Test
    void theRestIsReadInTheRegionsCountryWhenNoCountryIsWritten() {
        PlaceResolver.Resolution r = resolver.partner("首都领地坎培拉市", null);
        assertThat(r.place().id()).isEqualTo(2);
        assertThat(r.note()).contains("the region written in front, '首都领地', is in AU");
        assertThat(NoteCodes.clause(r, "region_in_front").args()).containsExactly("首都领地", "AU");
    }

    @Test
    void aPlaceUnknownInTheRegionsCountryIsNewThereNotAnError() {
        PlaceResolver.Resolution r = resolver.partner("伯南布哥州彼得罗利纳市", null);
        assertThat(r.ok()).isTrue();
        assertThat(r.isNew()).isTrue();
        assertThat(r.country()).isEqualTo("BR");
        assertThat(r.newName()).isEqualTo("伯南布哥州彼得罗利纳市");
    }

    @Test
    void aRegionOfSeveralDivisionsInOneCountryGivesTheCountry() {
        PlaceResolver.Resolution r = resolver.partner("伯南布哥州奥林达市", null);
        assertThat(r.place().id()).isEqualTo(13);
        assertThat(r.note()).contains("the region written in front, '伯南布哥州', is in BR");
    }

    @Test
    void aNameFoundAfterItsRegionAsWrittenIsUnchanged() {
        PlaceResolver.Resolution r = resolver.partner("静冈县滨松市", null);
        assertThat(r.place().id()).isEqualTo(21);
        assertThat(r.note()).isNull();
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void aJapaneseTownWrittenAfterItsDistrictIsTheTown() {
        // 上益城郡 is a district (郡), no municipality: the town is 甲佐町
        PlaceResolver.Resolution r = resolver.partner("日本熊本县上益城郡甲佐町", null);
        assertThat(r.place()).isNotNull();
        assertThat(r.place().id()).isEqualTo(31);
    }

    @Test
    void aNamesakeKnownToLieInAnotherRegionIsNotTakenForTheNameWrittenAfterItsRegion() {
        // 美滨区 is a ward of Chiba; 福井县美滨町 is the town Mihama of Fukui, which this gazetteer lacks
        PlaceResolver.Resolution r = resolver.partner("日本福井县美滨町", null);
        assertThat(r.ok()).isTrue();
        assertThat(r.isNew()).isTrue();
        assertThat(r.country()).isEqualTo("JP");
        assertThat(NoteCodes.clause(r, "elsewhere").args()).containsExactly("美滨区", "福井县");
        assertThat(r.note()).contains("'美滨区' lies outside 福井县, the region written: not taken");
    }

    @Test
    void theRegionInFrontBoundsTheReadingsWhenNoneIsClearOverTheCountry() {
        // over the country Addison, Edison and Allison read about as alike; in Texas only Addison lies
        assertThat(resolver.partner("爱迪逊市", "美国").place()).isNull();
        PlaceResolver.Resolution r = resolver.partner("德克萨斯州爱迪逊市", "美国");
        assertThat(r.place()).isNotNull();
        assertThat(r.place().id()).isEqualTo(52);
    }
}
