package org.youcheng.ledger;

import java.util.List;

/** The domain of a cooperation project. */
public enum ProjectDomain implements Term {
    TRADE("经贸投资", "trade and investment", List.of("经贸", "投资", "trade_and_investment")),
    PORTS("港口物流", "ports and logistics", List.of("港口", "物流", "ports_and_logistics")),
    INDUSTRY("产业合作", "industry", List.of("产业", "工业")),
    AGRICULTURE("农业", "agriculture", List.of()),
    EDUCATION("教育", "education", List.of("教育与学校")),
    YOUTH("青少年", "youth", List.of()),
    CULTURE_TOURISM("文化旅游", "culture and tourism", List.of("文旅", "文化", "旅游", "culture_and_tourism")),
    HEALTH("卫生与中医药", "health and traditional medicine", List.of("卫生", "医疗", "中医药", "health_and_traditional_medicine")),
    ECOLOGY("生态与气候", "ecology and climate", List.of("生态", "环保", "气候", "ecology_and_climate")),
    URBAN_PLANNING("城市规划", "urban planning", List.of("规划")),
    WATER("水务", "water", List.of("水资源")),
    TALENT("人才培训", "talent and training", List.of("人才", "培训", "talent_and_training")),
    SCIENCE("科技", "science and technology", List.of("科学技术", "science_and_technology")),
    MEDIA("媒体", "media", List.of("新闻")),
    SPORTS("体育", "sports", List.of()),
    OTHER("其他", "other", List.of());

    private final String zh;
    private final String en;
    private final List<String> words;

    ProjectDomain(String zh, String en, List<String> words) {
        this.zh = zh;
        this.en = en;
        this.words = words;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    @Override
    public List<String> words() {
        return words;
    }
}
