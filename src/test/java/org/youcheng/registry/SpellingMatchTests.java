package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youcheng.registry.internal.ForeignName;
import org.youcheng.registry.internal.Transliteration;

/**
 * Names the gazetteer does not have as written: other transliterations, short forms of compound divisions, the Latin
 * name beside the Chinese, an unknown region in front, variant suffixes, a division named after its seat, country
 * names in Taiwan usage or cut short. On a hand-made gazetteer whose labels are the real Wikidata labels.
 */
class SpellingMatchTests {

    Gazetteer g;
    PlaceResolver resolver;

    @BeforeEach
    void gazetteer() {
        g = Gazetteer.withCountries(Map.ofEntries(
                Map.entry("英国", "GB"),
                Map.entry("德国", "DE"),
                Map.entry("南非", "ZA"),
                Map.entry("日本", "JP"),
                Map.entry("泰国", "TH"),
                Map.entry("美国", "US"),
                Map.entry("吉尔吉斯斯坦", "KG"),
                Map.entry("意大利", "IT"),
                Map.entry("也门", "YE"),
                Map.entry("波兰", "PL"),
                Map.entry("新西兰", "NZ")));
        place(1, "加迪夫", "Cardiff", Level.CITY, "GB", 0);
        place(2, "加的斯", "Cadiz", Level.CITY, "GB", 0);
        place(10, "北莱茵-威斯特法伦州", "North Rhine-Westphalia", Level.PROVINCE, "DE", 0);
        place(11, "巴登-符腾堡州", "Baden-Württemberg", Level.PROVINCE, "DE", 0);
        place(12, "下萨克森州", "Lower Saxony", Level.PROVINCE, "DE", 0);
        place(13, "萨克森自由州", "Saxony", Level.PROVINCE, "DE", 0);
        place(14, "萊因蘭-法爾茲", "Rhineland-Palatinate", Level.PROVINCE, "DE", 0);
        place(15, "萨尔兰州", "Saarland", Level.PROVINCE, "DE", 0);
        place(20, "夸祖鲁-纳塔尔省", "KwaZulu-Natal", Level.PROVINCE, "ZA", 0);
        place(30, "山口县", "Yamaguchi Prefecture", Level.PROVINCE, "JP", 0);
        place(31, "山口市", "Yamaguchi", Level.CITY, "JP", 30);
        place(32, "奈良市", "Nara", Level.CITY, "JP", 0);
        place(33, "奈良县", "Nara Prefecture", Level.PROVINCE, "JP", 0);
        place(40, "那空沙旺府", "Nakhon Sawan", Level.PROVINCE, "TH", 0);
        place(41, "那空沙旺", "Nakhon Sawan", Level.CITY, "TH", 40);
        g.addPlace(new Gazetteer.Entry(41, "那空沙旺", "Nakhon Sawan", Level.CITY, "TH", 40, 0), "X41", "北榄坡");
        place(50, "巴爾的摩", "Baltimore", Level.CITY, "US", 0);
        place(60, "奥什", "Osh", Level.CITY, "KG", 0);
        place(70, "比萨", "Pisa", Level.CITY, "IT", 0);
        place(80, "哈德拉毛省", "Hadhramaut Governorate", Level.PROVINCE, "YE", 0);
        place(90, "西里西亚省", "Silesian Voivodeship", Level.PROVINCE, "PL", 0);
        place(100, "奥克兰", "Oakland", Level.CITY, "US", 0);
        place(101, "奥克兰", "Auckland", Level.CITY, "NZ", 0);
        g.population(100, 1_500_000);
        g.population(101, 1_400_000);
        resolver = new PlaceResolver(g);
    }

    Gazetteer.Entry place(long id, String zh, String en, Level level, String country, long parent) {
        Gazetteer.Entry e = new Gazetteer.Entry(id, Names.simplified(zh), en, level, country, parent, 0);
        g.addPlace(e, "X" + id, zh, Names.simplifiedMainland(zh), en);
        return e;
    }

    @Test
    void charactersReadAlikeCostNothingAndCloseReadingsLittle() {
        assertThat(Transliteration.similarity("莱茵兰法尔茨", "莱茵兰法尔茨")).isEqualTo(1.0);
        assertThat(Transliteration.similarity("提比利亚", "提比里亚")).isEqualTo(1.0);
        assertThat(Transliteration.similarity("卡迪夫", "加迪夫")).isBetween(0.75, 0.8);
        assertThat(Transliteration.similarity("福塔莱萨", "福塔雷萨")).isGreaterThan(0.9);
        assertThat(Transliteration.similarity("卡迪夫", "伦敦")).isLessThan(0.3);
    }

    @Test
    void anotherTransliterationIsTheClosestSpellingAndSaysSo() {
        PlaceResolver.Resolution r = resolver.partner("卡迪夫市", "英国");
        assertThat(r.place().id()).isEqualTo(1);
        assertThat(r.note())
                .contains("no place is spelt '卡迪夫市'")
                .contains("closest spelling")
                .contains("加迪夫");
        assertThat(NoteCodes.clause(r, "not_spelt").args().get(0)).isEqualTo("卡迪夫市");
        assertThat(NoteCodes.all(r)).contains("not_spelt", "spelling_taken", "spelt", "place");
        assertThat(resolver.partner("莱茵兰-普法尔茨州", "德国").place().id()).isEqualTo(14);
    }

    @Test
    void aSpellingTooFarOrTooCloseToAnotherIsNotTakenButReported() {
        PlaceResolver.Resolution far = resolver.partner("伦敦市", "英国");
        assertThat(far.isNew()).isTrue();
        g.addPlace(new Gazetteer.Entry(3, "嘉迪夫", "Jiadifu", Level.CITY, "GB", 0, 0), "X3", "嘉迪夫");
        PlaceResolver.Resolution tie = resolver.partner("卡迪夫市", "英国");
        assertThat(tie.note())
                .contains("close spellings, none chosen")
                .contains("加迪夫")
                .contains("嘉迪夫");
        assertThat(NoteCodes.codes(tie)).containsExactly("found", "not_spelt", "close_spellings");
        assertThat(NoteCodes.clause(tie, "found").args().get(0)).isEqualTo("卡迪夫市");
        assertThat(NoteCodes.all(tie)).containsSubsequence("close_spellings", "list", "spelt", "or", "place");
        // two Chinese spellings alike: the Latin names tell (卡迪夫 is how Chinese writes Cardiff, not Jiadifu), and the
        // note says so
        assertThat(tie.place().id()).isEqualTo(1);
        assertThat(tie.note())
                .contains("read by the model of how Chinese writes foreign sounds")
                .contains("check it");
    }

    @Test
    void aQualifierInFrontMakesAnotherPlaceAndADesignationNone() {
        assertThat(resolver.partner("萨克森州", "德国").place().id()).isEqualTo(13);
        assertThat(resolver.partner("下西里西亚省", "波兰").isNew()).isTrue();
    }

    @Test
    void aCompoundDivisionByTheFirstCharacterOfEachPart() {
        PlaceResolver.Resolution r = resolver.partner("北威州", "德国");
        assertThat(r.place().id()).isEqualTo(10);
        assertThat(r.note()).contains("short form");
        assertThat(NoteCodes.clause(r, "short_form").args()).first().isEqualTo("北威州");
        assertThat(resolver.partner("巴符州", "德国").place().id()).isEqualTo(11);
        assertThat(resolver.partner("夸纳省", "南非").place().id()).isEqualTo(20);
        assertThat(ForeignName.abbreviation("北莱茵-威斯特法伦州")).isEqualTo("北威");
        assertThat(ForeignName.abbreviation("加迪夫")).isNull();
    }

    @Test
    void aDivisionByTheBeginningOfItsName() {
        // 萨尔州: the one German state whose name begins 萨尔 (萨克森 begins 萨克)
        PlaceResolver.Resolution r = resolver.partner("萨尔州", "德国");
        assertThat(r.place().id()).isEqualTo(15);
        assertThat(r.note()).contains("short form");
        // written as a city, or a beginning that two states share: no division
        assertThat(resolver.partner("萨尔市", "德国").place()).isNull();
        assertThat(resolver.partner("萨州", "德国").place()).isNull();
    }

    @Test
    void theLatinNameBesideTheChineseIsAClue() {
        ForeignName fn = ForeignName.of("堪萨斯市 (密苏里州) Kansas city");
        assertThat(fn.full()).isEqualTo("堪萨斯市");
        assertThat(fn.bracketed()).isEqualTo("密苏里州");
        assertThat(fn.latin()).isEqualTo("Kansas city");
        PlaceResolver.Resolution r = resolver.partner("巴尔底摩市 Baltimore", "美国");
        assertThat(r.place().id()).isEqualTo(50);
        assertThat(r.note()).contains("Latin name");
        assertThat(NoteCodes.clause(r, "latin_found").args()).containsExactly("Baltimore");
        assertThat(resolver.partner("奥克兰", null).place().id()).isEqualTo(100);
        PlaceResolver.Resolution auckland = resolver.partner("奥克兰 Auckland", null);
        assertThat(auckland.place().id()).isEqualTo(101);
        assertThat(auckland.note()).contains("Latin name written beside it, 'Auckland'");
        assertThat(NoteCodes.clause(auckland, "latin_leaves").args()).first().isEqualTo("Auckland");
    }

    @Test
    void aFirstLevelDivisionWhoseNameBeginsWithACountrysIsTheDivision() {
        Gazetteer own = Gazetteer.withCountries(Map.of("马里", "ML", "美国", "US"));
        own.addPlace(new Gazetteer.Entry(7, "马里兰州", "Maryland", Level.PROVINCE, "US", 0, 0), "X7", "马里兰州", "Maryland");
        own.addPlace(new Gazetteer.Entry(8, "巴马科", "Bamako", Level.CITY, "ML", 0, 0), "X8", "巴马科", "Bamako");
        PlaceResolver r = new PlaceResolver(own);
        // written alone, not 马里 (Mali) and 兰州
        assertThat(r.partner("马里兰州", null).place().id()).isEqualTo(7);
        assertThat(r.partner("马里兰州", "美国").place().id()).isEqualTo(7);
        // a place of Mali written after its country's name is still read in Mali
        assertThat(r.partner("马里巴马科", null).place().id()).isEqualTo(8);
    }

    @Test
    void aRegionInFrontThatTheGazetteerLacksIsPassedOver() {
        PlaceResolver.Resolution r = resolver.partner("马里兰州巴尔的摩市", "美国");
        assertThat(r.place().id()).isEqualTo(50);
        assertThat(r.note()).contains("马里兰州").contains("not in the gazetteer");
        assertThat(NoteCodes.clause(r, "region_unknown").args()).containsExactly("马里兰州");
    }

    @Test
    void aSuffixInAVariantFormReadsAsTheSuffix() {
        assertThat(ForeignName.suffixRead("山口県")).isEqualTo("山口县");
        assertThat(ForeignName.suffixRead("明石")).isEqualTo("明石");
        assertThat(resolver.partner("山口県", "日本").place().id()).isEqualTo(30);
    }

    @Test
    void aDivisionWrittenWithItsSuffixIsTheDivisionNamedAfterItsSeat() {
        PlaceResolver.Resolution r = resolver.partner("北榄坡府", "泰国");
        assertThat(r.place().id()).isEqualTo(40);
        assertThat(r.note()).contains("seat");
        assertThat(NoteCodes.codes(r)).contains("division_of_seat");
        assertThat(resolver.partner("北榄坡", "泰国").place().id()).isEqualTo(41);
        place(42, "哈恩市", "Jaén", Level.CITY, "TH", 0);
        PlaceResolver.Resolution city = resolver.partner("哈恩省", "泰国");
        assertThat(city.place().id()).isEqualTo(42);
        assertThat(city.note()).contains("written as a first-level division but no such place");
        assertThat(NoteCodes.all(city)).containsSubsequence("no_such_level", "kind.division");
    }

    @Test
    void countriesInTaiwanUsageOrWrittenShort() {
        assertThat(resolver.partner("比萨", "義大利").place().id()).isEqualTo(70);
        assertThat(resolver.partner("哈德拉毛省", "葉門").place().id()).isEqualTo(80);
        assertThat(resolver.partner("奥什市", "吉尔吉斯").place().id()).isEqualTo(60);
        assertThat(resolver.partner("比萨", "意大").ok()).isFalse();
    }
}
