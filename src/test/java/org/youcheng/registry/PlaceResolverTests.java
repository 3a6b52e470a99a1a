package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resolver on a hand-made gazetteer whose right answers are known. */
class PlaceResolverTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = new Gazetteer(Map.of(
                "日本",
                "JP",
                "japan",
                "JP",
                "美国",
                "US",
                "unitedstates",
                "US",
                "韩国",
                "KR",
                "大韩民国",
                "KR",
                "中国",
                "CN",
                "俄罗斯",
                "RU"));
        place(1, "山东省", null, Level.PROVINCE, "CN", 0);
        place(2, "青岛市", "Qingdao", Level.PREFECTURE, "CN", 1);
        place(3, "黄岛区", null, Level.DISTRICT, "CN", 2);
        place(4, "江苏省", null, Level.PROVINCE, "CN", 0);
        place(5, "南京市", null, Level.PREFECTURE, "CN", 4);
        place(6, "鼓楼区", null, Level.DISTRICT, "CN", 5);
        place(7, "福建省", null, Level.PROVINCE, "CN", 0);
        place(8, "福州市", null, Level.PREFECTURE, "CN", 7);
        place(9, "鼓楼区", null, Level.DISTRICT, "CN", 8);
        place(10, "吉林省", null, Level.PROVINCE, "CN", 0);
        place(11, "吉林市", null, Level.PREFECTURE, "CN", 10);
        place(20, "下关市", "Shimonoseki", Level.CITY, "JP", 0);
        place(21, "加利福尼亚州", "California", Level.PROVINCE, "US", 0);
        place(22, "阿尔汉布拉", "Alhambra", Level.CITY, "US", 0);
        place(23, "光州广域市", "Gwangju", Level.CITY, "KR", 0);
        place(24, "彼尔姆", "Perm", Level.CITY, "RU", 0);
        place(25, "彼尔姆边疆区", "Perm Krai", Level.PROVINCE, "RU", 0);
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, String country, long parent) {
        g.addPlace(new Gazetteer.Entry(id, zh, en, level, country, parent, 0), "X" + id, zh, en);
    }

    @Test
    void chineseNamesResolveWithOrWithoutSuffixOrInEnglish() {
        assertThat(resolver.domestic("青岛").place().id()).isEqualTo(2);
        assertThat(resolver.domestic("青岛市").place().id()).isEqualTo(2);
        assertThat(resolver.domestic("Qingdao").place().id()).isEqualTo(2);
        assertThat(resolver.domestic("山东省青岛市黄岛区").place().id()).isEqualTo(3);
        assertThat(resolver.domestic("中国山东省青岛市").place().id()).isEqualTo(2);
    }

    @Test
    void aProvinceAsksForAProvinceButAMunicipalityOrARegionOfSpecialAdministrationDoesNot() {
        assertThat(PlaceResolver.asksForProvince(g.get(1))).isTrue(); // 山东省
        assertThat(PlaceResolver.asksForProvince(new Gazetteer.Entry(90, "北京市", null, Level.PROVINCE, "CN", 0, 0)))
                .isFalse();
        assertThat(PlaceResolver.asksForProvince(new Gazetteer.Entry(91, "澳门特别行政区", null, Level.PROVINCE, "CN", 0, 0)))
                .isFalse();
        assertThat(PlaceResolver.asksForProvince(g.get(2))).isFalse(); // 青岛市
    }

    @Test
    void aSuffixTellsAProvinceFromItsCity() {
        assertThat(resolver.domestic("吉林市").place().id()).isEqualTo(11);
        assertThat(resolver.domestic("吉林省").place().id()).isEqualTo(10);
        assertThat(resolver.domestic("吉林").error()).contains("ambiguous");
    }

    @Test
    void anAmbiguousDistrictNeedsItsCity() {
        assertThat(resolver.domestic("鼓楼区").error())
                .contains("ambiguous")
                .contains("南京市鼓楼区")
                .contains("福州市鼓楼区");
        assertThat(resolver.domestic("福州市鼓楼区").place().id()).isEqualTo(9);
        assertThat(resolver.domestic("火星市").error()).contains("unknown Chinese place");
    }

    @Test
    void foreignNamesUseTheCountryAsTheClue() {
        assertThat(resolver.partner("下关市", "日本").place().id()).isEqualTo(20);
        assertThat(resolver.partner("日本下关市", null).place().id()).isEqualTo(20);
        assertThat(resolver.partner("Shimonoseki", "Japan").place().id()).isEqualTo(20);
        assertThat(resolver.partner("光州", "大韩民国").place().id()).isEqualTo(23);
        assertThat(resolver.partner("加利福尼亚州阿尔汉布拉市", "美国").place().id()).isEqualTo(22);
    }

    @Test
    void aSuffixPicksBetweenACityAndItsRegion() {
        assertThat(resolver.partner("彼尔姆市", "俄罗斯").place().id()).isEqualTo(24);
        assertThat(resolver.partner("彼尔姆边疆区", "俄罗斯").place().id()).isEqualTo(25);
    }

    @Test
    void anUnknownForeignPlaceIsToBeCreatedInItsCountry() {
        PlaceResolver.Resolution r = resolver.partner("日本鹤冈市", null);
        assertThat(r.isNew()).isTrue();
        assertThat(r.country()).isEqualTo("JP");
        assertThat(r.newName()).isEqualTo("鹤冈市");
        assertThat(r.newLevel()).isEqualTo(Level.CITY);
        assertThat(resolver.partner("山形县", "日本").newLevel()).isEqualTo(Level.PROVINCE);
        assertThat(resolver.partner("Nowhere", null).error()).contains("give its country");
        assertThat(resolver.partner("Nowhere", "Narnia").error()).contains("unknown country");
    }
}
