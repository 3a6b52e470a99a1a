package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A US county written after its state, known to the gazetteer by its Latin name only, and a state's short form. */
class CountyOfStateTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("美国", "US", "俄罗斯", "RU"));
        place(1, "俄亥俄州", "Ohio", Level.PROVINCE, "US", 0);
        place(2, "德克萨斯州", "Texas", Level.PROVINCE, "US", 0);
        place(3, "乔治亚州", "Georgia", Level.PROVINCE, "US", 0);
        place(4, "加利福尼亚州", "California", Level.PROVINCE, "US", 0);
        place(5, "加里宁格勒州", "Kaliningrad Oblast", Level.PROVINCE, "RU", 0);
        county(11, "Richland County", 1);
        county(12, "Ross County", 1);
        county(13, "Licking County", 1);
        county(21, "Harris County", 2);
        county(22, "Travis County", 2);
        county(31, "Harris County", 3);
        place(40, "里奇兰", "Ridgeland", Level.CITY, "US", 0);
        place(41, "西柯汶纳", "West Covina", Level.CITY, "US", 4);
        place(42, "苏维埃茨克", "Sovetsk", Level.CITY, "RU", 5);
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, String country, long parent) {
        g.addPlace(new Gazetteer.Entry(id, zh, en, level, country, parent, 0), "X" + id, zh, en);
    }

    void county(long id, String en, long state) {
        g.addPlace(new Gazetteer.Entry(id, null, en, Level.COUNTY, "US", state, 0), "X" + id, en);
    }

    @Test
    void aCountyWrittenAfterItsStateIsReadAmongThatStatesCountiesByItsSounds() {
        PlaceResolver.Resolution r = resolver.partner("俄亥俄州瑞奇兰郡", "美国");
        assertThat(r.place()).isNotNull();
        assertThat(r.place().id()).isEqualTo(11);
        assertThat(NoteCodes.clause(r, "county_of_state").args().get(1)).isEqualTo("俄亥俄州");
        assertThat(r.note()).contains("read among its counties").contains("check it");
    }

    @Test
    void theStateTellsApartCountiesOfOneName() {
        assertThat(resolver.partner("乔治亚州哈里斯县", "美国").place().id()).isEqualTo(31);
        assertThat(resolver.partner("德克萨斯州哈里斯县", "美国").place().id()).isEqualTo(21);
    }

    @Test
    void aCountyIsNotReadByItsSoundsOverTheWholeCountry() {
        // no state written: 利金郡 may be any of a country's thousands of counties, whose names are often towns' too
        PlaceResolver.Resolution r = resolver.partner("利金郡", "美国");
        assertThat(r.isNew()).isTrue();
        assertThat(resolver.partner("俄亥俄州利金郡", "美国").place().id()).isEqualTo(13);
    }

    @Test
    void aNameThatReadsLikeNoCountyOfItsStateIsNotTaken() {
        PlaceResolver.Resolution r = resolver.partner("俄亥俄州福遍郡", "美国");
        assertThat(r.place() == null || r.place().level() != Level.COUNTY).isTrue();
    }

    @Test
    void aStatesShortFormInFrontIsTheStateWhenTheCountryIsKnown() {
        PlaceResolver.Resolution r = resolver.partner("美国德州哈里斯郡", null);
        assertThat(r.place().id()).isEqualTo(21);
    }

    @Test
    void aShortFormOfSeveralCountriesIsTheDivisionInWhichTheRestLies() {
        // 加州 may be California or Kaliningrad Oblast: West Covina lies in the one
        PlaceResolver.Resolution r = resolver.partner("加州西柯汶纳市", null);
        assertThat(r.place()).isNotNull();
        assertThat(r.place().id()).isEqualTo(41);
        assertThat(resolver.partner("加州苏维埃茨克市", null).place().id()).isEqualTo(42);
    }

    @Test
    void twoCharactersEndingIn州AreNoShortFormWhenNoDivisionBeginsSo() {
        PlaceResolver.Resolution r = resolver.partner("温州里奇兰市", null);
        assertThat(r.ok()).isFalse();
    }
}
