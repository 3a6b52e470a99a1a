package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.internal.CountryShortForm;

/** A country written by its one-character short form in front of a name (俄哈巴罗夫斯克市), on a hand-made gazetteer. */
class CountryShortFormTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("美国", "US", "日本", "JP", "俄罗斯", "RU", "德国", "DE", "韩国", "KR"));
        place(1, "哈巴罗夫斯克边疆区", "Khabarovsk Krai", Level.PROVINCE, "RU", 0);
        place(2, "哈巴罗夫斯克", "Khabarovsk", Level.CITY, "RU", 1);
        place(10, "俄勒冈州", "Oregon", Level.PROVINCE, "US", 0);
        place(11, "旧金山", "San Francisco", Level.CITY, "US", 0);
        place(20, "美因茨", "Mainz", Level.CITY, "DE", 0);
        place(30, "静冈县", "Shizuoka", Level.PROVINCE, "JP", 0);
        place(31, "滨松市", "Hamamatsu", Level.CITY, "JP", 30);
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, String country, long parent) {
        g.addPlace(new Gazetteer.Entry(id, zh, en, level, country, parent, 0), "X" + id, zh, en);
    }

    @Test
    void theShortFormOfTheCountryInFrontIsReadAsTheCountry() {
        PlaceResolver.Resolution r = resolver.partner("俄哈巴罗夫斯克市", null);
        assertThat(r.place().id()).isEqualTo(2);
        assertThat(r.note()).contains("'俄' in front read as the short form of the country RU");
        assertThat(NoteCodes.clause(r, "country_short_form").args()).containsExactly("俄", "RU");
        assertThat(resolver.partner("美旧金山市", "美国").place().id()).isEqualTo(11);
        assertThat(resolver.partner("日静冈县滨松市", null).place().id()).isEqualTo(31);
    }

    @Test
    void aNameThatBeginsWithAShortFormKeepsItWhenItNamesAPlace() {
        assertThat(resolver.partner("俄勒冈州", null).place().id()).isEqualTo(10);
        assertThat(resolver.partner("美因茨", "德国").place().id()).isEqualTo(20);
        assertThat(resolver.partner("美因茨市", null).place().id()).isEqualTo(20);
    }

    @Test
    void aShortFormThatDisagreesWithTheCountryColumnIsNotRead() {
        PlaceResolver.Resolution r = resolver.partner("俄哈巴罗夫斯克市", "韩国");
        assertThat(r.place()).isNull();
        assertThat(r.country()).isEqualTo("KR");
    }

    @Test
    void onlyShortFormsOfOneCountryAndARestOfTwoCharactersSplit() {
        assertThat(CountryShortForm.split("俄哈巴罗夫斯克市")).containsExactly("RU", "哈巴罗夫斯克市");
        assertThat(CountryShortForm.split("印孟买市")).isNull();
        assertThat(CountryShortForm.split("俄州市")).isNull();
        assertThat(CountryShortForm.split("俄")).isNull();
    }
}
