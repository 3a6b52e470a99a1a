package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resolver's rules for foreign names as tables and news write them, on a hand-made gazetteer. */
class ForeignNameResolutionTests {

    Gazetteer g;
    PlaceResolver resolver;
    Gazetteer.Entry hebei;
    Gazetteer.Entry shijiazhuang;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.of(
                "美国", "US", "日本", "JP", "俄罗斯", "RU", "乌克兰", "UA", "墨西哥", "MX", "刚果", "CG", "刚果金", "CD", "乌拉圭", "UY",
                "中国", "CN", "韩国", "KR"));
        hebei = place(1, "河北省", null, Level.PROVINCE, "CN", 0);
        shijiazhuang = place(2, "石家庄市", null, Level.PREFECTURE, "CN", 1);
        place(3, "四川省", null, Level.PROVINCE, "CN", 0);
        place(4, "乐山市", null, Level.PREFECTURE, "CN", 3);
        place(5, "峨边彝族自治县", null, Level.COUNTY, "CN", 4);
        place(6, "内蒙古自治区", null, Level.PROVINCE, "CN", 0);
        place(7, "呼伦贝尔市", null, Level.PREFECTURE, "CN", 6);
        place(8, "海拉尔区", null, Level.DISTRICT, "CN", 7);
        place(20, "俄勒冈州", "Oregon", Level.PROVINCE, "US", 0);
        place(21, "俄勒冈城", "Oregon City", Level.CITY, "US", 20);
        place(22, "犹他州", "Utah", Level.PROVINCE, "US", 0);
        place(23, "盐湖城", "Salt Lake City", Level.CITY, "US", 22);
        place(24, "密苏里州", "Missouri", Level.PROVINCE, "US", 0);
        place(25, "堪萨斯城", "Kansas City", Level.CITY, "US", 24);
        place(26, "堪萨斯州", "Kansas", Level.PROVINCE, "US", 0);
        place(27, "堪萨斯城", "Kansas City", Level.CITY, "US", 26);
        place(30, "静冈县", "Shizuoka", Level.PROVINCE, "JP", 0);
        place(31, "滨松市", "Hamamatsu", Level.CITY, "JP", 30);
        place(32, "滨松", "Hamamatsu", Level.CITY, "JP", 0);
        place(40, "墨西哥城", "Mexico City", Level.CITY, "MX", 0);
        place(41, "墨西哥州", "State of Mexico", Level.PROVINCE, "MX", 0);
        place(50, "第聂伯罗彼得罗夫斯克州", "Dnipropetrovsk Oblast", Level.PROVINCE, "UA", 0);
        place(51, "第聂伯罗", "Dnipro", Level.CITY, "UA", 50);
        place(52, "克里维里赫", "Kryvyi Rih", Level.CITY, "UA", 50);
        g.population(51, 1_050_000);
        g.population(52, 650_000);
        place(60, "圣何塞", "San Jose", Level.CITY, "US", 0);
        place(61, "圣何塞", "San José de Mayo", Level.CITY, "UY", 0);
        g.population(60, 1_000_000);
        g.population(61, 36_000);
        place(70, "金沙萨", "Kinshasa", Level.CITY, "CD", 0);
        place(80, "京畿道", "Gyeonggi", Level.PROVINCE, "KR", 0);
        place(81, "水原市", "Suwon", Level.CITY, "KR", 80);
        place(82, "水原", "Suwon", Level.CITY, "KR", 0);
        resolver = new PlaceResolver(g);
    }

    Gazetteer.Entry place(long id, String zh, String en, Level level, String country, long parent) {
        Gazetteer.Entry e = new Gazetteer.Entry(id, zh, en, level, country, parent, 0);
        g.addPlace(e, "X" + id, zh, en);
        return e;
    }

    @Test
    void aDivisionWrittenWithItsSuffixIsTheDivision() {
        assertThat(resolver.partner("俄勒冈州", "美国").place().id()).isEqualTo(20);
        assertThat(resolver.partner("俄勒冈城", "美国").place().id()).isEqualTo(21);
        assertThat(resolver.partner("俄勒冈", "美国", hebei).place().id()).isEqualTo(20);
        assertThat(resolver.partner("俄勒冈", "美国", shijiazhuang).place().id()).isEqualTo(21);
    }

    @Test
    void cityAndChengAreOneForAForeignCity() {
        assertThat(resolver.partner("盐湖市", "美国").place().id()).isEqualTo(23);
        assertThat(resolver.partner("盐湖城", "美国").place().id()).isEqualTo(23);
        assertThat(resolver.partner("鹽湖城", "美国").place().id()).isEqualTo(23);
    }

    @Test
    void aCityWrittenAfterItsRegionIsLocatedByIt() {
        PlaceResolver.Resolution bracketed = resolver.partner("堪萨斯市(密苏里州)", "美国");
        assertThat(bracketed.place().id()).isEqualTo(25);
        assertThat(bracketed.note()).contains("3 candidates").contains("it lies in 密苏里州");
        assertThat(resolver.partner("堪萨斯城（堪萨斯州）", "美国").place().id()).isEqualTo(27);
        assertThat(resolver.partner("静冈县滨松市", "日本").place().id()).isEqualTo(31);
        assertThat(resolver.partner("韩国京畿道水原市", null).place().id()).isEqualTo(81);
    }

    @Test
    void aNameThatBeginsWithItsCountrysNameKeepsIt() {
        assertThat(resolver.partner("墨西哥城", null).place().id()).isEqualTo(40);
        assertThat(resolver.partner("墨西哥城", "墨西哥").place().id()).isEqualTo(40);
        assertThat(resolver.partner("墨西哥墨西哥城", null).place().id()).isEqualTo(40);
        PlaceResolver.Resolution unknown = resolver.partner("乌拉圭城", null);
        assertThat(unknown.isNew()).isTrue();
        assertThat(unknown.newName()).isEqualTo("乌拉圭城");
        assertThat(unknown.country()).isEqualTo("UY");
    }

    @Test
    void ofTwoCountryReadingsInFrontTheOneWhoseRestIsAPlaceWins() {
        assertThat(resolver.partner("刚果金金沙萨", null).place().id()).isEqualTo(70);
        // the shorter reading (刚果, the Republic of the Congo) leaves 金沙萨, a place of the longer one's country
        PlaceResolver.Resolution r = resolver.partner("刚果金沙萨", null);
        assertThat(r.place().id()).isEqualTo(70);
        assertThat(resolver.partner("刚果金沙萨", "刚果金").place().id()).isEqualTo(70);
        assertThat(resolver.partner("刚果金沙萨", "刚果").isNew()).isTrue();
    }

    @Test
    void aCityWrittenWithItsRegionsFormerNameIsTheRegionsLargestCity() {
        PlaceResolver.Resolution r = resolver.partner("第聂伯罗彼得罗夫斯克市", "乌克兰");
        assertThat(r.place().id()).isEqualTo(51);
        assertThat(r.note()).contains("largest city");
        assertThat(NoteCodes.clause(r, "largest_city").args()).containsExactly("第聂伯罗彼得罗夫斯克州");
        assertThat(resolver.partner("第聂伯罗彼得罗夫斯克州", "乌克兰").place().id()).isEqualTo(50);
    }

    @Test
    void aRegionWrittenInFrontDecidesBetweenPlacesOfOneNameAndTheNoteSaysSo() {
        PlaceResolver.Resolution r = resolver.partner("密苏里州堪萨斯城", "美国");
        assertThat(r.place().id()).isEqualTo(25);
        assertThat(NoteCodes.codes(r)).containsExactly("chose");
        ResolverNote reason = (ResolverNote) NoteCodes.clause(r, "chose").args().get(4);
        assertThat(reason.code()).isEqualTo("in_region");
        assertThat(reason.args()).containsExactly("密苏里州");
        assertThat(r.note()).contains("it lies in 密苏里州, as written");
    }

    @Test
    void anAmbiguousNameIsDecidedBySizeAndTiesAndAlwaysReported() {
        PlaceResolver.Resolution bySize = resolver.partner("圣何塞", null);
        assertThat(bySize.place().id()).isEqualTo(60);
        assertThat(bySize.note())
                .contains("2 candidates")
                .contains("San Jose")
                .contains("San José de Mayo")
                .contains("the larger place");
        ResolverNote chose = NoteCodes.clause(bySize, "chose");
        assertThat(chose.args().subList(0, 2)).containsExactly("圣何塞", "2");
        assertThat(((ResolverNote) chose.args().get(2)).args()).hasSize(2);
        assertThat(((ResolverNote) chose.args().get(4)).code()).isEqualTo("larger");
        g.tie(2, 61);
        PlaceResolver.Resolution byTie = resolver.partner("圣何塞", null, shijiazhuang);
        assertThat(byTie.place().id()).isEqualTo(61);
        assertThat(byTie.note()).contains("already has a tie");
        assertThat(((ResolverNote) NoteCodes.clause(byTie, "chose").args().get(4)).args())
                .containsExactly("石家庄市");
        assertThat(resolver.partner("圣何塞", "乌拉圭").note()).isNull();
    }

    @Test
    void chineseShortFormsResolve() {
        assertThat(resolver.domestic("峨边县").place().id()).isEqualTo(5);
        assertThat(resolver.domestic("峨边彝族自治县").place().id()).isEqualTo(5);
        assertThat(resolver.domestic("海拉尔").place().id()).isEqualTo(8);
        assertThat(resolver.domestic("呼伦贝尔市海拉尔").place().id()).isEqualTo(8);
    }
}
