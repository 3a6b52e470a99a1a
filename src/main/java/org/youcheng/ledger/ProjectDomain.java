package org.youcheng.ledger;

import java.util.List;

/** The domain of a cooperation project. */
public enum ProjectDomain implements Term {
    TRADE("经贸投资", "trade and investment", "经贸", "投资", "trade_and_investment"),
    PORTS("港口物流", "ports and logistics", "港口", "物流", "ports_and_logistics"),
    INDUSTRY("产业合作", "industry", "产业", "工业"),
    AGRICULTURE("农业", "agriculture"),
    EDUCATION("教育", "education", "教育与学校"),
    YOUTH("青少年", "youth"),
    CULTURE_TOURISM("文化旅游", "culture and tourism", "文旅", "文化", "旅游", "culture_and_tourism"),
    HEALTH("卫生与中医药", "health and traditional medicine", "卫生", "医疗", "中医药", "health_and_traditional_medicine"),
    ECOLOGY("生态与气候", "ecology and climate", "生态", "环保", "气候", "ecology_and_climate"),
    URBAN_PLANNING("城市规划", "urban planning", "规划"),
    WATER("水务", "water", "水资源"),
    TALENT("人才培训", "talent and training", "人才", "培训", "talent_and_training"),
    SCIENCE("科技", "science and technology", "科学技术", "science_and_technology"),
    MEDIA("媒体", "media", "新闻"),
    SPORTS("体育", "sports"),
    OTHER("其他", "other");

    private final Words words;

    ProjectDomain(String zh, String en, String... words) {
        this.words = new Words(zh, en, List.of(words));
    }

    @Override
    public Words labels() {
        return words;
    }
}
