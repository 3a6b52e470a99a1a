package org.youcheng.extract;

import java.util.Map;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;

/** A small hand-made gazetteer: a few Chinese divisions, a few foreign places, the countries the tests write. */
final class TestGazetteer {

    static final Map<String, String> COUNTRY_NAMES = Map.of(
            "JP", "日本", "US", "美国", "KR", "韩国", "RU", "俄罗斯", "FR", "法国", "DE", "德国", "IT", "意大利", "MX", "墨西哥", "UZ",
            "乌兹别克斯坦", "CN", "中国");

    private TestGazetteer() {}

    static Gazetteer build() {
        Gazetteer g = Gazetteer.withCountries(Map.ofEntries(
                Map.entry("日本", "JP"),
                Map.entry("美国", "US"),
                Map.entry("韩国", "KR"),
                Map.entry("大韩民国", "KR"),
                Map.entry("俄罗斯", "RU"),
                Map.entry("法国", "FR"),
                Map.entry("德国", "DE"),
                Map.entry("意大利", "IT"),
                Map.entry("意大利共和国", "IT"),
                Map.entry("墨西哥", "MX"),
                Map.entry("乌兹别克斯坦", "UZ"),
                Map.entry("中国", "CN"),
                Map.entry("中华人民共和国", "CN"),
                Map.entry("蒙古国", "MN"),
                Map.entry("蒙古", "MN"),
                Map.entry("澳大利亚", "AU"),
                Map.entry("英国", "GB"),
                Map.entry("白俄罗斯", "BY"),
                Map.entry("比利时", "BE"),
                Map.entry("加拿大", "CA"),
                Map.entry("新西兰", "NZ"),
                Map.entry("葡萄牙", "PT"),
                Map.entry("尼泊尔", "NP"),
                Map.entry("菲律宾", "PH"),
                Map.entry("东德", "DE"),
                Map.entry("澳门", "CN"),
                Map.entry("澳门特别行政区", "CN"),
                Map.entry("香港", "CN"),
                Map.entry("格鲁吉亚", "GE"),
                Map.entry("乌拉圭", "UY"),
                Map.entry("加纳", "GH")));
        place(g, 1, "山东省", Level.PROVINCE, "CN", 0);
        place(g, 2, "青岛市", Level.PREFECTURE, "CN", 1);
        place(g, 3, "黄岛区", Level.DISTRICT, "CN", 2);
        place(g, 4, "江苏省", Level.PROVINCE, "CN", 0);
        place(g, 5, "扬州市", Level.PREFECTURE, "CN", 4);
        place(g, 6, "江都区", Level.DISTRICT, "CN", 5);
        place(g, 7, "湖南省", Level.PROVINCE, "CN", 0);
        place(g, 8, "长沙市", Level.PREFECTURE, "CN", 7);
        place(g, 9, "长沙县", Level.COUNTY, "CN", 8);
        place(g, 10, "黑龙江省", Level.PROVINCE, "CN", 0);
        place(g, 11, "哈尔滨市", Level.PREFECTURE, "CN", 10);
        place(g, 12, "友好区", Level.DISTRICT, "CN", 10);
        place(g, 13, "内蒙古自治区", Level.PROVINCE, "CN", 0);
        place(g, 14, "满洲里市", Level.COUNTY, "CN", 13);
        place(g, 15, "天津市", Level.PROVINCE, "CN", 0);
        place(g, 16, "河东区", Level.DISTRICT, "CN", 15);
        place(g, 17, "临沂市", Level.PREFECTURE, "CN", 1);
        place(g, 18, "河东区", Level.DISTRICT, "CN", 17);
        place(g, 19, "胶州市", Level.COUNTY, "CN", 2);
        place(g, 20, "下关市", Level.CITY, "JP", 0);
        // known by its short name too, as open data files it
        g.addPlace(new Gazetteer.Entry(21, "东京都", null, Level.PROVINCE, "JP", 0, 0), "X21", "东京都", "东京");
        place(g, 22, "纽约", Level.CITY, "US", 0);
        place(g, 23, "加利福尼亚州", Level.PROVINCE, "US", 0);
        place(g, 24, "彼尔姆", Level.CITY, "RU", 0);
        place(g, 25, "和歌山", Level.PROVINCE, "JP", 0);
        place(g, 26, "徐州市", Level.PREFECTURE, "CN", 4);
        place(g, 27, "沛县", Level.COUNTY, "CN", 26);
        place(g, 28, "广东省", Level.PROVINCE, "CN", 0);
        place(g, 29, "中山市", Level.PREFECTURE, "CN", 28);
        place(g, 30, "南区", Level.DISTRICT, "CN", 29);
        place(g, 31, "奥克兰", Level.CITY, "NZ", 0);
        place(g, 32, "希望", Level.CITY, "BS", 0);
        place(g, 33, "城步苗族自治县", Level.COUNTY, "CN", 7);
        place(g, 34, "四川省", Level.PROVINCE, "CN", 0);
        place(g, 35, "达州市", Level.PREFECTURE, "CN", 34);
        place(g, 36, "新潟市", Level.CITY, "JP", 0);
        place(g, 37, "横滨市", Level.CITY, "JP", 0);
        place(g, 38, "浙江省", Level.PROVINCE, "CN", 0);
        place(g, 39, "玉环市", Level.COUNTY, "CN", 38);
        place(g, 40, "甘肃省", Level.PROVINCE, "CN", 0);
        place(g, 41, "环县", Level.COUNTY, "CN", 40);
        place(g, 42, "澳门特别行政区", Level.PROVINCE, "CN", 0);
        place(g, 43, "香港特别行政区", Level.PROVINCE, "CN", 0);
        place(g, 44, "丰川市", Level.CITY, "JP", 0);
        place(g, 45, "波尔图", Level.CITY, "PT", 0);
        place(g, 46, "广陵区", Level.DISTRICT, "CN", 5);
        place(g, 47, "奥克斯纳德市", Level.CITY, "US", 23);
        place(g, 48, "萨利纳斯市", Level.CITY, "US", 23);
        place(g, 49, "岡山市", Level.CITY, "JP", 0); // a label in traditional characters, as open data has many
        // a city and its prefecture of one name, the prefecture with more ties (as the bundled network has it)
        g.addPlace(new Gazetteer.Entry(50, "滨松县", null, Level.PROVINCE, "JP", 0, 9), "X50", "滨松县");
        place(g, 51, "滨松市", Level.CITY, "JP", 50);
        place(g, 52, "盛冈市", Level.CITY, "JP", 0);
        place(g, 53, "亚当斯", Level.CITY, "US", 0); // a town's name, and a person's
        place(g, 54, "澳大利亚首都领地", Level.PROVINCE, "AU", 0); // filed with its country in front
        place(g, 55, "北京市", Level.PROVINCE, "CN", 0);
        place(g, 56, "甘孜藏族自治州", Level.PREFECTURE, "CN", 34);
        place(g, 57, "博卡拉市", Level.CITY, "NP", 0);
        place(g, 58, "帕西市", Level.CITY, "PH", 0);
        place(g, 59, "代表", Level.CITY, "AL", 0); // a village's label in open data, and a word
        place(g, 60, "但尼丁", Level.CITY, "NZ", 0);
        place(g, 61, "上海市", Level.PROVINCE, "CN", 0);
        place(g, 62, "明斯克", Level.CITY, "BY", 0); // a city and its region, one name
        place(g, 63, "明斯克州", Level.PROVINCE, "BY", 0);
        place(g, 64, "义乌市", Level.COUNTY, "CN", 38);
        place(g, 65, "德城区", Level.DISTRICT, "CN", 1);
        place(g, 66, "德累斯顿", Level.CITY, "DE", 0);
        place(g, 67, "釜山", Level.CITY, "KR", 0);
        place(g, 68, "大田", Level.CITY, "KR", 0); // a Korean city, and the bare name of a Chinese county
        place(g, 69, "大田县", Level.COUNTY, "CN", 38);
        place(g, 70, "万安县", Level.COUNTY, "CN", 38); // also a person's given name (市长蒋万安)
        place(g, 71, "昆士兰州", Level.PROVINCE, "AU", 0);
        place(g, 72, "黄金海岸市", Level.CITY, "AU", 0); // filed without its state, as open data files it
        place(g, 73, "台湾省", Level.PROVINCE, "CN", 0);
        place(g, 74, "宜兰县", Level.PREFECTURE, "CN", 73);
        place(g, 75, "苏澳镇", Level.COUNTY, "CN", 74);
        place(g, 76, "石垣市", Level.CITY, "JP", 0);
        place(g, 77, "新北市", Level.PREFECTURE, "CN", 73);
        place(g, 78, "永和区", Level.DISTRICT, "CN", 77); // 永和市 until it was made a district
        place(g, 79, "永和县", Level.COUNTY, "CN", 40); // a county of another province, never a city
        place(g, 80, "蒙特利公园市", Level.CITY, "US", 23);
        place(g, 81, "大阪市", Level.CITY, "JP", 0);
        place(g, 82, "大阪府", Level.PROVINCE, "JP", 0); // one name, two levels
        place(g, 83, "花莲县", Level.PREFECTURE, "CN", 73);
        place(g, 84, "花莲市", Level.COUNTY, "CN", 83);
        place(g, 85, "吉安乡", Level.COUNTY, "CN", 83);
        place(g, 86, "钏路町", Level.CITY, "JP", 0);
        place(g, 87, "阿扎尔", Level.PROVINCE, "GE", 0); // an autonomous republic, filed without its suffix
        place(g, 88, "威特", Level.CITY, "US", 0); // a town's name of two characters, and the tail of a person's
        place(g, 89, "利兹", Level.CITY, "GB", 0);
        place(g, 90, "杭州市", Level.PREFECTURE, "CN", 38);
        place(g, 91, "枣庄市", Level.PREFECTURE, "CN", 1);
        place(g, 92, "艾奥瓦州", Level.PROVINCE, "US", 0);
        place(g, 93, "河北省", Level.PROVINCE, "CN", 0);
        place(g, 94, "米兰", Level.CITY, "IT", 0);
        place(g, 95, "西部地区", Level.PROVINCE, "GH", 0); // a region's label in open data, and a common noun
        place(g, 100, "东北", Level.PROVINCE, "JP", 0); // a region's name, and a part of China (中国东北)
        place(g, 101, "仙台市", Level.CITY, "JP", 0);
        place(g, 102, "高达", Level.CITY, "NL", 0); // a town's label, and a verb of amount before a number
        place(g, 103, "友谊", Level.CITY, "US", 0); // a town's label, and the word of Taiwan's lesser tie
        place(g, 104, "山田", Level.CITY, "JP", 0); // a town's name, and a surname
        place(g, 96, "成都市", Level.PREFECTURE, "CN", 34);
        // a province named by a direction, filed under that word too, as open data files 北部省 and 中部区
        g.addPlace(new Gazetteer.Entry(97, "北部省", null, Level.PROVINCE, "GH", 0, 0), "X97", "北部省", "北部");
        g.addPlace(new Gazetteer.Entry(98, "中部区", null, Level.PROVINCE, "GH", 0, 0), "X98", "中部区", "中部");
        place(g, 99, "塔马利", Level.CITY, "GH", 97);
        return g;
    }

    private static void place(Gazetteer g, long id, String zh, Level level, String country, long parent) {
        g.addPlace(new Gazetteer.Entry(id, zh, null, level, country, parent, 0), "X" + id, zh);
    }
}
