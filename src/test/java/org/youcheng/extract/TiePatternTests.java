package org.youcheng.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youcheng.extract.internal.TiePatterns;

/**
 * Each sentence pattern on sentences written for these tests (never taken from an article): what it reads, the name
 * it records, and sentences of the same shape that must yield nothing.
 */
class TiePatternTests {

    private static final Extractor EXTRACTOR = ExtractorTests.EXTRACTOR;

    /** domestic|partner|country|kind|signed|pattern: the ties read, a line each (the other reading tests use it too) */
    static List<String> read(String text) {
        return EXTRACTOR.extract("t", text).relations().stream()
                .map(t -> t.domestic() + "|" + t.partner() + "|" + t.partnerCountry() + "|" + t.kind() + "|"
                        + t.signed() + "|" + t.pattern())
                .toList();
    }

    @Test
    void adjacent() {
        assertThat(read("签约仪式上,长沙市法国图卢兹市代表共同签署了结好意向书。")).containsExactly("长沙市|图卢兹市|法国|intent|null|adjacent");
    }

    @Test
    void connectorWithAListAndOneCountryForSeveral() {
        assertThat(read("2015年,扬州市与法国维希市正式缔结友好城市关系。")).containsExactly("扬州市|维希市|法国|sister|2015|connector");
        assertThat(read("长沙市先后与日本鹿儿岛市、松山市和韩国清州市结为友好城市。"))
                .containsExactly(
                        "长沙市|鹿儿岛市|日本|sister|null|connector",
                        "长沙市|松山市|日本|sister|null|connector",
                        "长沙市|清州市|韩国|sister|null|connector");
    }

    @Test
    void appositive() {
        assertThat(read("青岛市的友好城市韩国大邱市派出艺术团参加演出。")).containsExactly("青岛市|大邱市|韩国|sister|null|appositive");
        assertThat(read("长沙市的友城——日本鹿儿岛市派团参加了博览会。")).containsExactly("长沙市|鹿儿岛市|日本|sister|null|appositive");
    }

    @Test
    void severalChineseSidesShareOneConnector() {
        assertThat(read("青岛市、长沙市分别与法国图卢兹市结为友好城市。"))
                .containsExactlyInAnyOrder("青岛市|图卢兹市|法国|sister|null|connector", "长沙市|图卢兹市|法国|sister|null|connector");
    }

    @Test
    void reverseAlsoWithChinaWrittenBeforeTheChineseSide() {
        assertThat(read("俄罗斯喀山市与中国长沙市签署友好合作备忘录。")).containsExactly("长沙市|喀山市|俄罗斯|partner|null|reverse");
    }

    @Test
    void becomeAndTheEarlierPartnerItPresupposes() {
        assertThat(read("德国卡塞尔市、法国南锡市先后成为扬州的友好城市。"))
                .containsExactly("扬州|卡塞尔市|德国|sister|null|become", "扬州|南锡市|法国|sister|null|become");
        assertThat(read("法国图卢兹市是长沙市在欧洲的第一个友好城市。")).containsExactly("长沙市|图卢兹市|法国|sister|null|become");
        assertThat(read("继日本米子市之后,韩国原州市成为长沙市第2个国际友好城市。"))
                .containsExactlyInAnyOrder("长沙市|原州市|韩国|sister|null|become", "长沙市|米子市|日本|sister|null|become");
    }

    @Test
    void colonList() {
        assertThat(read("青岛市现有国际友好城市3个,依次为:日本下关市(1979年)、美国长滩市、德国雷根斯堡市。"))
                .containsExactly(
                        "青岛市|下关市|日本|sister|1979|colon-list",
                        "青岛市|长滩市|美国|sister|null|colon-list",
                        "青岛市|雷根斯堡市|德国|sister|null|colon-list");
    }

    @Test
    void elidedSubjectFromTheClauseBeforeOrTheArticle() {
        assertThat(read("湖南省已与法国普罗旺斯大区结为友好省区,并与日本滋贺县建立了友好合作关系。")).contains("湖南省|滋贺县|日本|partner|null|elided-subject");
        assertThat(read("长沙市外事工作年度总结\n目前已与法国图卢兹市、意大利维罗纳市等5个国外城市正式缔结友好城市关系。"))
                .containsExactly("长沙市|图卢兹市|法国|sister|null|elided-subject", "长沙市|维罗纳市|意大利|sister|null|elided-subject");
        assertThat(read("扬州市代表团今年出访三国。2019年10月,正式与加拿大萨斯卡通市缔结友好城市关系。"))
                .containsExactly("扬州市|萨斯卡通市|加拿大|sister|2019-10|elided-subject");
        assertThat(read("扬州市代表团访问日本唐津市,双方表示将深化与唐津市友城关系。")).containsExactly("扬州市|唐津市|日本|sister|null|elided-subject");
    }

    @Test
    void dashPairInAnEventsNameAndInATable() {
        assertThat(read("中国长沙—法国图卢兹友城青少年交流营在长沙开营。")).containsExactly("长沙|图卢兹|法国|sister|null|dash-pair");
        assertThat(read("青岛—下关结好四十周年纪念活动在青岛举行。"))
                .extracting(s -> s.substring(0, s.indexOf("|", s.indexOf("|") + 1)) + s.substring(s.lastIndexOf('|')))
                .containsExactly("青岛|下关|dash-pair");
        assertThat(read("以下是本省各市与德国各州的友好关系一览:\n山东省 – 巴伐利亚州 – 1987\n江苏省 — 萨克森州 — 1994\n"))
                .containsExactly("山东省|巴伐利亚州|null|sister|1987|dash-pair", "江苏省|萨克森州|null|sister|1994|dash-pair");
    }

    @Test
    void namedPartner() {
        assertThat(read("青岛市国际交流活动周开幕。比利时友城根特市代表团出席开幕式。")).containsExactly("青岛市|根特市|比利时|sister|null|named-partner");
    }

    @Test
    void bothSides() {
        assertThat(read("意大利维罗纳市市长一行访问扬州,出席两市缔结友好城市10周年纪念活动。"))
                .singleElement()
                .satisfies(s -> assertThat(s).startsWith("扬州|维罗纳市|意大利|sister|").endsWith("|both-sides"));
    }

    @Test
    void namesWithNoise() {
        assertThat(read("徐州市沛县与加拿大皮尔(pí'ěr)市签署结好协议。")).containsExactly("沛县|皮尔市|加拿大|sister|null|connector");
        assertThat(read("江都区与韩国光州广域市南区缔结友好城市。2010年,江都区曾与南区签署建立友好区意向书。"))
                .containsExactly("江都区|光州广域市南区|韩国|sister|null|connector");
    }

    @Test
    void theKindFromTheCueWordsOfTheClause() {
        assertThat(read("扬州市与法国维希市签署了缔结友好城市关系意向书。"))
                .singleElement()
                .satisfies(s -> assertThat(s).contains("|intent|"));
        assertThat(read("扬州市与法国维希市签署建立友好合作关系备忘录。"))
                .singleElement()
                .satisfies(s -> assertThat(s).contains("|partner|"));
        assertThat(read("长沙市与美国安阿伯市结为友好交流城市。"))
                .singleElement()
                .satisfies(s -> assertThat(s).contains("|partner|"));
        assertThat(read("湖南省与美国马里兰州于1980年建立了姐妹关系。"))
                .singleElement()
                .satisfies(s -> assertThat(s).contains("|sister|1980|"));
        assertThat(read("双方将积极推动长沙市与法国图卢兹市缔结友好城市关系。"))
                .singleElement()
                .satisfies(s -> assertThat(s).contains("|intent|"));
    }

    @Test
    void aTieStatedTwiceKeepsTheMostSpecificKindAndTheDate() {
        assertThat(read("2018年,扬州市与法国维希市签署建立友好合作关系备忘录。双方将促进扬州市和维希市缔结友好城市关系。"))
                .containsExactly("扬州市|维希市|法国|partner|2018|connector");
    }

    @Test
    void sentencesThatMustYieldNothing() {
        assertThat(read("9月,扬州市代表团访问法国维希市,双方就旅游合作进行了交流。")).isEmpty();
        assertThat(read("青岛市已有120家日本企业落户,与德国汉堡市的港口合作不断深化。")).isEmpty();
        assertThat(read("德国汉堡市是欧洲重要的港口城市,也是青岛市民熟悉的旅游地。")).isEmpty();
        assertThat(read("长沙市与扬州市结为友好城市。")).isEmpty();
        assertThat(read("日本下关市至今尚未与长沙市缔结友好城市关系。")).isEmpty();
        assertThat(read("德国萨克森州至今未与中国建立省级友好关系,湖南省仍在努力。")).isEmpty();
        assertThat(read("希望双方以发展友好城市关系为纽带,加强青少年交流。")).isEmpty();
    }

    @Test
    void everyTieKeepsItsSentenceAsEvidence() {
        String text = "会议期间。2015年,扬州市与法国维希市正式缔结友好城市关系,双方签署了协议书。下一句。";
        ExtractedTie t = EXTRACTOR.extract("t", text).relations().get(0);
        assertThat(t.evidence()).isEqualTo("2015年,扬州市与法国维希市正式缔结友好城市关系,双方签署了协议书");
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.evidence());
        assertThat(TiePatterns.label(t.pattern())).isEqualTo("与字句（A与B） connector");
    }

    @Test
    void aColumnsWordForAnyTieDoesNotNameTheKindOfItsList() {
        // 结好时间 titles a column; the heading above it names the kind, each list its own
        String tables = "长沙市国际友好城市一览表\n序号 | 城市 | 国家 | 结好时间 |\n1 | 下关市 | 日本 | 1979年 |\n\n"
                + "长沙市国际友好交流城市一览表\n序号 | 城市 | 国家 | 结好时间 |\n1 | 纽约 | 美国 | 1985年 |\n2 | 奥克斯纳德市 | 美国 | 1986年 |\n";
        assertThat(read(tables))
                .containsExactly(
                        "长沙市|下关市|日本|sister|1979|list-row",
                        "长沙市|纽约|美国|partner|1985|list-row",
                        "长沙市|奥克斯纳德市|美国|partner|1986|list-row");
    }

    @Test
    void listRowsUnderAHeadingThatNamesTheTies() {
        assertThat(read("长沙市国际友好城市一览表\n序号 | 城市 | 国家 | 结好时间 |\n1 | 下关市 | 日本 | 1979年 |\n" + "2 | 纽约 | 美国 | 1984年 |\n"))
                .containsExactly("长沙市|下关市|日本|sister|1979|list-row", "长沙市|纽约|美国|sister|1984|list-row");
        // one cell a line, the country on a line of its own
        assertThat(read("青岛市友好城市名单\n下关市\n日 本\n纽约\n美 国\n"))
                .containsExactly("青岛市|下关市|日本|sister|null|list-row", "青岛市|纽约|美国|sister|null|list-row");
        // a sub-heading with its count names the kind; the place comes from the heading above it
        assertThat(read("扬州市对外交往情况如下:\n友好关系城市(共2个):\n俄罗斯 彼尔姆(2005年签备忘录)\n美国 纽约(2008年)\n"))
                .containsExactly("扬州市|彼尔姆|俄罗斯|partner|2005|list-row", "扬州市|纽约|美国|partner|2008|list-row");
        // both sides in the row
        assertThat(read("中日友好城市表:\n序号 | 中方城市 | 日方城市 |\n1 | 天津市 | 下关市 |\n2 | 长沙市 | 东京都 |\n"))
                .containsExactly("天津市|下关市|日本|sister|null|list-row", "长沙市|东京都|日本|sister|null|list-row");
        // the article's own place when the heading names none
        assertThat(read("长沙市外事工作简报\n本市的友好城市名单如下:\n日本 下关市\n美国 纽约\n"))
                .containsExactly("长沙市|下关市|日本|sister|null|list-row", "长沙市|纽约|美国|sister|null|list-row");
    }

    @Test
    void shortLinesThatAreNoListRows() {
        // a tie sentence is no heading: no colon, no count, no 一览 or 名单
        assertThat(read("长沙市与法国图卢兹市结为友好城市。\n纽约\n下关市\n")).containsExactly("长沙市|图卢兹市|法国|sister|null|connector");
        assertThat(read("国际交流活动现场\n日本下关市代表团\n美国纽约\n")).isEmpty();
        assertThat(read("青岛市友好城市名单:\n下关市的樱花\n纽约风光图片\n")).isEmpty();
        assertThat(read("青岛市友好城市名单:\n近年来青岛市与各国城市的交往日益频繁,经贸往来不断扩大,人员往来达到新的高度。\n日本 下关市\n"))
                .isEmpty();
    }

    @Test
    void anEnumerationOfPairsSharesTheTieWordAfterIt() {
        assertThat(read("会上,青岛市与日本下关市、长沙市与美国纽约、扬州市与俄罗斯彼尔姆、哈尔滨市与新西兰奥克兰等签署了建立友好城市关系协议书。"))
                .containsExactlyInAnyOrder(
                        "青岛市|下关市|日本|sister|null|connector",
                        "长沙市|纽约|美国|sister|null|connector",
                        "扬州市|彼尔姆|俄罗斯|sister|null|connector",
                        "哈尔滨市|奥克兰|新西兰|sister|null|connector");
        assertThat(read("青岛市与日本下关市、长沙市与美国纽约的企业代表参加了论坛开幕式,会议期间主办方还介绍了本届论坛的筹备情况和各国友好城市的合作成果。"))
                .isEmpty();
    }

    @Test
    void anAutonomousCountyByItsShortName() {
        assertThat(read("城步县与日本下关市结为友好城市。")).containsExactly("城步县|下关市|日本|sister|null|connector");
        assertThat(read("城步与日本下关市结为友好城市。")).isEmpty();
    }

    @Test
    void thatProvinceAfterAChinesePlace() {
        assertThat(read("湖南省对外交往历史悠久。1982年该省与日本和歌山结为友好省县。")).containsExactly("湖南省|和歌山|日本|sister|1982|connector");
        assertThat(read("纽约是美国最大的城市,该市与下关市结为友好城市。")).isEmpty();
    }

    @Test
    void aYearsExchangeAgreementDoesNotOutrankAFormalTie() {
        assertThat(read("长沙市与日本下关市签署2017年度友好交流协议书。1979年,长沙市与下关市正式缔结友好城市关系。"))
                .containsExactly("长沙市|下关市|日本|sister|1979|connector");
    }

    @Test
    void pinyinGlossesInsideWordsAreReadPast() {
        List<ExtractedTie> ties =
                EXTRACTOR.extract("t", "长沙市与法国图卢兹市签订了友好交流关(guān)系协(xié)议书。").relations();
        assertThat(ties).extracting(t -> t.partner() + "|" + t.kind()).containsExactly("图卢兹市|partner");
        // the evidence quotes the page as written, glosses and all
        assertThat(ties.getFirst().evidence()).isEqualTo("长沙市与法国图卢兹市签订了友好交流关(guān)系协(xié)议书");
        assertThat(read("长沙市与法国图卢兹市于2015年(yi)结为友好城市。")).hasSize(1);
        // a bracket of anything but Latin letters is no gloss: a year in brackets still dates the tie
        assertThat(read("长沙市友好城市:日本下关市(1979年)。")).containsExactly("长沙市|下关市|日本|sister|1979|appositive");
    }

    @Test
    void aRegionReadAloneIsTheSameTieAsTheRegionWithItsPlace() {
        assertThat(read("长沙与韩国全罗北道友好交流合作签约。\n长沙市与韩国全罗北道扶安郡签署友好交流合作协议。"))
                .containsExactly("长沙市|全罗北道扶安郡|韩国|partner|null|connector");
        // two places of one country that do not begin one another stay two ties
        assertThat(read("长沙市与日本东京都、下关市结为友好城市。")).hasSize(2);
    }

    @Test
    void rowsThatArePairsUnderAHeadingThatNamesTheTies() {
        assertThat(read("此次新增的2对友好城市(省州)分别为:\n  湖南省长沙市与法国图卢兹市\n  山东省青岛市与日本下关市\n"))
                .containsExactly("长沙市|图卢兹市|法国|sister|null|list-row", "青岛市|下关市|日本|sister|null|list-row");
        // a heading that names no tie, and a pair row that goes on into prose, are not lists of ties
        assertThat(read("会议期间的交流活动如下:\n长沙市与法国图卢兹市\n")).isEmpty();
        assertThat(read("新增的友好城市如下:\n长沙市与法国图卢兹市的青年代表座谈\n")).isEmpty();
    }

    @Test
    void aTablesHeaderRowAndARegionInACell() {
        assertThat(read("序号 | 中方城市 | 日方城市 | 结好时间 |\n1 | 天津市 | 东京都 | 1979年3月14日 |\n" + "2 | 长沙市 | 山口县下关市 | 1980年 |\n"))
                .containsExactly("天津市|东京都|日本|sister|1979-03-14|list-row", "长沙市|下关市|日本|sister|1980|list-row");
        // a header row without a tie word makes no list
        assertThat(read("序号 | 中方城市 | 日方城市 |\n1 | 天津市 | 东京都 |\n")).isEmpty();
    }

    @Test
    void aTitleOfFriendshipYieldsToTheAgreementSigned() {
        assertThat(read("长沙市与法国图卢兹市签订了友好交流关系协议书。会上,长沙市还与法国友城图卢兹市签订了合作项目。"))
                .containsExactly("长沙市|图卢兹市|法国|partner|null|connector");
    }

    @Test
    void earlierPartnersANewTieFollows() {
        assertThat(read("长沙市与法国图卢兹市结为友好城市。这是继日本下关市和美国纽约之后,第3个与长沙市结为“兄弟”的城市。"))
                .containsExactly(
                        "长沙市|图卢兹市|法国|sister|null|connector",
                        "长沙市|下关市|日本|sister|null|earlier-partners",
                        "长沙市|纽约|美国|sister|null|earlier-partners");
        // visits before a visit, and a tie word that is only planned, are no ties
        assertThat(read("继日本下关市代表团之后,法国代表团也访问了长沙市。")).isEmpty();
        assertThat(read("继日本下关市之后,长沙市计划与更多城市缔结友好城市意向。")).isEmpty();
    }

    @Test
    void theForeignSideFirstWithTheReportsDayBeforeTheConnector() {
        assertThat(read("法国图卢兹市6日同中国湖南省长沙市在线上签署了友好交流意向书。")).containsExactly("长沙市|图卢兹市|法国|intent|null|reverse");
        assertThat(read("法国图卢兹市6日举行音乐节,长沙市派团参加。")).isEmpty();
    }

    @Test
    void respectivePairsWhenTheTwoListsMatch() {
        assertThat(read("长沙市、扬州市、青岛市分别与日本鹿儿岛市、法国维希市、韩国大邱市结为友好城市。"))
                .containsExactlyInAnyOrder(
                        "长沙市|鹿儿岛市|日本|sister|null|connector",
                        "扬州市|维希市|法国|sister|null|connector",
                        "青岛市|大邱市|韩国|sister|null|connector");
        assertThat(read("长沙市和扬州市还分别与日本鹿儿岛市、松山市建立了友好交流关系。"))
                .containsExactlyInAnyOrder("长沙市|鹿儿岛市|日本|partner|null|connector", "扬州市|松山市|日本|partner|null|connector");
        // lists of different lengths: each Chinese place ties every partner, as before
        assertThat(read("长沙市、扬州市分别与日本鹿儿岛市、松山市和韩国清州市开展了青少年交流。")).isEmpty();
        assertThat(read("长沙市、扬州市与日本鹿儿岛市、韩国清州市的代表团举行了会谈。")).isEmpty();
    }

    @Test
    void anEnumerationOfPairsAfterACopulaWithNoColon() {
        assertThat(read("会上新缔结的3对友好城市分别为湖南省长沙市与日本鹿儿岛市、江苏省扬州市与法国维希市、山东省青岛市与韩国大邱市。"))
                .containsExactly(
                        "长沙市|鹿儿岛市|日本|sister|null|connector",
                        "扬州市|维希市|法国|sister|null|connector",
                        "青岛市|大邱市|韩国|sister|null|connector");
        // a copula that makes no enumeration (以…为契机) and a visit with no tie word yield nothing
        assertThat(read("两省以结好20周年为契机,长沙市与日本鹿儿岛市的代表团互访。")).isEmpty();
        assertThat(read("此次来访的代表团分别为长沙市与日本鹿儿岛市的企业家。")).isEmpty();
    }

    @Test
    void bothCitiesStateAgainTheTieReadBefore() {
        assertThat(read("长沙市与日本鹿儿岛市签署了结好意向书。两市于次年正式结为友好城市。")).containsExactly("长沙市|鹿儿岛市|日本|sister|null|both-sides");
        // a wish is no tie stated again, nor is a visit
        assertThat(read("长沙市与日本鹿儿岛市签署了结好意向书。希望双方以发展友好城市关系为纽带加强合作。"))
                .containsExactly("长沙市|鹿儿岛市|日本|intent|null|connector");
        // a visit by the one foreign place the paragraph names, to the one Chinese place it names: the visitor and the
        // host
        assertThat(read("日本鹿儿岛市代表团访问长沙市。两市于次年正式结为友好城市。")).containsExactly("长沙市|鹿儿岛市|日本|sister|null|both-sides");
    }

    @Test
    void anEpithetBeforeANameAndANameEndingAtItsSuffix() {
        assertThat(read("长沙市与俄罗斯英雄城市图拉市正式缔结友好城市。")).containsExactly("长沙市|图拉市|俄罗斯|sister|null|connector");
        assertThat(read("长沙市与意大利卢奇尼亚诺市以视频方式,正式缔结友好城市关系。")).containsExactly("长沙市|卢奇尼亚诺市|意大利|sister|null|connector");
        // a foreign city named without a tie
        assertThat(read("长沙市代表团访问了意大利卢奇尼亚诺市以及历史名城佛罗伦萨市。")).isEmpty();
    }

    @Test
    void placesThatAreEachOthersPartners() {
        assertThat(read("青岛市、日本下关市和美国长滩市早已互为友好城市。"))
                .containsExactlyInAnyOrder("青岛市|下关市|日本|sister|null|mutual", "青岛市|长滩市|美国|sister|null|mutual");
        // mutual visits and an enumeration with no 互 before the tie word yield nothing
        assertThat(read("青岛市、日本下关市和美国长滩市的代表互访频繁。")).isEmpty();
        assertThat(read("青岛市、日本下关市和美国长滩市互派留学生,交流友好城市建设经验。")).isEmpty();
    }

    @Test
    void thatCityAfterAForeignPlaceIsThatPlace() {
        assertThat(read("俄罗斯喀山市市长表示,该市与中国长沙市签署了友好城市协议。")).containsExactly("长沙市|喀山市|俄罗斯|sister|null|reverse");
        // a delegation visit
        assertThat(read("俄罗斯喀山市代表团抵达长沙,该市市长会见了长沙市企业家。")).isEmpty();
    }

    @Test
    void aTieStatedBetweenTheRowsDoesNotTakeTheRowsAfterIt() {
        assertThat(read("青岛市正式国际友好城市(共3个):\n日本 下关市(1979年缔结)\n" + "另外青岛市所辖黄岛区也与俄罗斯彼尔姆市正式缔结为友好城市。\n日本 东京都(2008年缔结)\n"))
                .containsExactly(
                        "青岛市|下关市|日本|sister|1979|list-row",
                        "黄岛区|彼尔姆市|俄罗斯|sister|null|connector",
                        "青岛市|东京都|日本|sister|2008|list-row");
    }

    @Test
    void theBodysSpecificWordOverTheHeadlines() {
        assertThat(read("长沙市与日本鹿儿岛市结为友好城市\n昨日,长沙市与日本鹿儿岛市签署了建立友好城市关系意向书。\n"))
                .containsExactly("长沙市|鹿儿岛市|日本|intent|null|connector");
        // a generic word in the body does not outrank the headline's
        assertThat(read("长沙市与日本鹿儿岛市结为友好城市\n长沙市与日本鹿儿岛市结好以来交流频繁。\n"))
                .containsExactly("长沙市|鹿儿岛市|日本|sister|null|connector");
    }

    @Test
    void aTransliterationThatBeginsWithAVerbsCharacter() {
        assertThat(read("长沙市已与美国派克威尔市、日本鹿儿岛市正式缔结国际友好城市关系。"))
                .containsExactly("长沙市|派克威尔市|美国|sister|null|connector", "长沙市|鹿儿岛市|日本|sister|null|connector");
        assertThat(read("日本派团访问长沙市,参观了长沙县的企业。")).isEmpty();
    }

    @Test
    void aTieToBeSignedIsAnIntent() {
        assertThat(read("访问期间,长沙市将与日本鹿儿岛市签署建立友好城市关系协议书。")).containsExactly("长沙市|鹿儿岛市|日本|intent|null|connector");
        // a partner named by its title in a plan of something else keeps its kind
        assertThat(read("长沙市将与友好城市日本鹿儿岛市共同举办文化周。")).containsExactly("长沙市|鹿儿岛市|日本|sister|null|connector");
    }
}
