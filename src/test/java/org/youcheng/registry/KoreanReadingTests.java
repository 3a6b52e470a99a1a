package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Korean place written in Chinese characters that the gazetteer knows by its Latin name only. */
class KoreanReadingTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of("韩国", "KR", "日本", "JP"));
        place(1, null, "Eumseong", Level.CITY, "KR");
        place(2, null, "Geumcheon-gu", Level.DISTRICT, "KR");
        place(3, "首尔", "Seoul", Level.CITY, "KR");
        place(4, null, "Buan", Level.CITY, "JP");
        resolver = new PlaceResolver(g);
    }

    void place(long id, String zh, String en, Level level, String country) {
        g.addPlace(new Gazetteer.Entry(id, zh, en, level, country, 0, 0), "X" + id, zh == null ? en : zh, en);
    }

    @Test
    void aCountyIsFoundByTheKoreanReadingOfItsCharacters() {
        PlaceResolver.Resolution r = resolver.partner("阴城郡", "韩国");
        assertThat(r.place().id()).isEqualTo(1);
        assertThat(NoteCodes.clause(r, "korean_reading").args()).containsExactly("阴城", "Eumseong");
        assertThat(r.note()).contains("'阴城' read in Korean as Eumseong");
    }

    @Test
    void aProvinceWrittenShortInFrontIsLeftOff() {
        assertThat(resolver.partner("忠北阴城郡", "韩国").place().id()).isEqualTo(1);
    }

    @Test
    void theDesignationIsRomanizedWhenTheLatinNameCarriesIt() {
        assertThat(resolver.partner("首尔市衿川区", "韩国").place().id()).isEqualTo(2);
    }

    @Test
    void partOfAWordIsNotReadAsAPlace() {
        place(5, null, "Sanseo", Level.CITY, "KR");
        place(6, "釜山", "Busan", Level.CITY, "KR");
        resolver = new PlaceResolver(g);
        PlaceResolver.Resolution r = resolver.partner("釜山西区", "韩国");
        assertThat(r.isNew()).isTrue();
        assertThat(NoteCodes.all(r)).doesNotContain("korean_reading");
    }

    @Test
    void namesOfOtherCountriesAreNotReadInKorean() {
        PlaceResolver.Resolution r = resolver.partner("扶安町", "日本");
        assertThat(r.isNew()).isTrue();
        assertThat(NoteCodes.all(r)).doesNotContain("korean_reading");
    }

    @Test
    void aReadingThatNamesNoPlaceLeavesANewPlace() {
        PlaceResolver.Resolution r = resolver.partner("扶安郡", "韩国");
        assertThat(r.isNew()).isTrue();
        assertThat(r.country()).isEqualTo("KR");
    }
}
