package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.support.OnH2;

/** Country names two data sets give to two countries go to the one i18n-iso-countries gives them (the seeded aliases). */
@OnH2
class CountryAliasH2Tests {

    @Autowired
    JdbcClient db;

    String country(String alias) {
        return db.sql("select country_code from country_alias where alias_key = :k")
                .param("k", Names.full(alias))
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Test
    void theDominicanRepublicIs多米尼加AndDominica多米尼克() {
        assertThat(country("多米尼加")).isEqualTo("DO");
        assertThat(country("多米尼克")).isEqualTo("DM");
        assertThat(country("多米尼加共和国")).isEqualTo("DO");
        assertThat(country("韩国")).isEqualTo("KR");
        assertThat(country("苏格兰")).isEqualTo("GB");
    }

    @Test
    void taiwansNamesOfCountriesAreTheirs() {
        assertThat(country("馬爾他")).isEqualTo("MT");
        assertThat(country("賽普勒斯")).isEqualTo("CY");
        assertThat(country("史瓦帝尼")).isEqualTo("SZ");
        assertThat(country("波士尼亞與赫塞哥維納")).isEqualTo("BA");
        assertThat(country("紐國")).isEqualTo("NZ");
    }

    @Test
    void taiwansAndHongKongsNamesFromCldrAreTheCountries() {
        assertThat(country("義大利")).isEqualTo("IT");
        assertThat(country("維德角")).isEqualTo("CV");
        assertThat(country("貝里斯")).isEqualTo("BZ");
        assertThat(country("厄瓜多")).isEqualTo("EC");
        assertThat(country("沙地阿拉伯")).isEqualTo("SA");
        // two characters: left out, they would be read inside other words (查德 in 理查德)
        assertThat(country("查德")).isNull();
        // Hong Kong and Macao are no countries
        assertThat(country("中國香港特別行政區")).isNull();
    }
}
