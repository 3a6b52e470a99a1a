package org.youcheng.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.Level;

class JapanMunicipalityLoaderTests {

    private static PlaceRow place(String code, Level level, String country, String en, String... aliases) {
        PlaceRow p = new PlaceRow(code, level, country, "wikidata");
        p.nameEn = en;
        p.aliases.add(en);
        p.aliases.addAll(List.of(aliases));
        return p;
    }

    @Test
    void aTownNoSourceNamesIsMadeUnderItsPrefectureByItsKanjiAndItsReading() {
        PlaceRow kumamoto = place("Q-KUMAMOTO", Level.PROVINCE, "JP", "Kumamoto Prefecture", "熊本县");

        List<PlaceRow> made = new JapanMunicipalityLoader().addTo(List.of(kumamoto));

        PlaceRow kosa =
                made.stream().filter(p -> p.aliases.contains("甲佐町")).findFirst().orElseThrow();
        assertThat(kosa.nameEn).isEqualTo("Kosa");
        assertThat(kosa.country).isEqualTo("JP");
        assertThat(kosa.level).isEqualTo(Level.CITY);
        assertThat(kosa.parentCode).isEqualTo("Q-KUMAMOTO");
        assertThat(kosa.lat).isNull();
        assertThat(made).anySatisfy(p -> assertThat(p.aliases).contains("Higashikushira", "东串良町"));
        assertThat(made).hasSizeGreaterThan(1500);
    }

    @Test
    void aMunicipalityAJapanesePlaceAlreadyNamesIsLeftToIt() {
        PlaceRow tateyama = place("GN-1", Level.CITY, "JP", "Tateyama", "馆山市");
        PlaceRow koreanKosa = place("GN-2", Level.CITY, "KR", "Kosa");

        List<PlaceRow> made = new JapanMunicipalityLoader().addTo(List.of(tateyama, koreanKosa));

        assertThat(made).noneSatisfy(p -> assertThat(p.nameEn).isEqualTo("Tateyama"));
        assertThat(made).anySatisfy(p -> assertThat(p.nameEn).isEqualTo("Kosa"));
        assertThat(made).allSatisfy(p -> assertThat(p.parentCode).isNull());
    }
}
