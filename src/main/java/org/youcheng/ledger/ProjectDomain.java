package org.youcheng.ledger;

import java.util.List;

/** The domain of a cooperation project. */
public enum ProjectDomain implements Term {
    TRADE("经贸", "投资", "trade_and_investment"),
    PORTS("港口", "物流", "ports_and_logistics"),
    INDUSTRY("产业", "工业"),
    AGRICULTURE,
    EDUCATION("教育与学校"),
    YOUTH,
    CULTURE_TOURISM("文旅", "文化", "旅游", "culture_and_tourism"),
    HEALTH("卫生", "医疗", "中医药", "health_and_traditional_medicine"),
    ECOLOGY("生态", "环保", "气候", "ecology_and_climate"),
    URBAN_PLANNING("规划"),
    WATER("水资源"),
    TALENT("人才", "培训", "talent_and_training"),
    SCIENCE("科学技术", "science_and_technology"),
    MEDIA("新闻"),
    SPORTS,
    OTHER;

    private final List<String> words;

    ProjectDomain(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
