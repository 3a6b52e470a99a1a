package org.youcheng.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.support.TestData;

/**
 * A small world for the analytics tests, every figure of which the tests work out by hand:
 * 青岛市 with twelve ties (one within China, one ended, one undated, one held from the foreign side) and seven
 * activities in its ledger; its county-level city 胶州市 with two ties of its own (j1, j2) and one delegation; and
 * three peers: 济南市 (one delegation) and 烟台市 in Shandong, 苏州市 in Jiangsu. Ties are named t1 … t12, then j1, j2,
 * in the order of their ids.
 */
final class Fixture {

    static final String QINGDAO = "CN-370200";
    static final String JINAN = "CN-370100";
    static final String YANTAI = "CN-370600";
    static final String SUZHOU = "CN-320500";
    static final String JIAOZHOU = "CN-370281";

    final JdbcClient db;
    final Map<String, Long> tie = new LinkedHashMap<>();
    private int placeNo;

    Fixture(JdbcClient db) {
        this.db = db;
        TestData.reset(db);
        db.sql("delete from strategy_aim").update();
        long qd = id(QINGDAO);
        tie.put("t1", tie(qd, foreign("JP", "city"), "sister", "1976-05-10", "day", "active", null));
        tie.put("t2", tie(qd, foreign("JP", "city"), "partner", "2016-01-01", "year", "active", null));
        tie.put("t3", tie(qd, foreign("KR", "city"), "sister", "1996-12-01", "month", "active", null));
        tie.put("t4", tie(qd, foreign("US", "city"), "sister", "1986-03-01", "day", "ended", "2010-01-01"));
        tie.put("t5", tie(qd, foreign("US", "city"), "partner", "2025-06-15", "day", "active", null));
        tie.put("t6", tie(qd, foreign("KE", "city"), "sister", "2025-09-01", "month", "active", null));
        tie.put("t7", tie(qd, foreign("DE", "province"), "intent", "2025-01-01", "year", "active", null));
        tie.put("t8", tie(qd, foreign("FR", "city"), "partner", null, null, "active", null));
        tie.put("t9", tie(qd, id("CN-310000"), "sister", "1990-01-01", "year", "active", null));
        tie.put("t10", tie(qd, foreign("JP", "city"), "sister", "2001-01-01", "day", "dormant", null));
        tie.put("t11", tie(foreign("AU", "city"), qd, "sister", "2021-01-01", "day", "active", null));
        tie.put("t12", tie(qd, foreign("KR", "city"), "partner", "2017-01-01", "day", "active", null));
        long jn = id(JINAN);
        tie(jn, foreign("JP", "city"), "sister", "1985-01-01", "year", "active", null);
        tie(jn, foreign("GB", "city"), "sister", "2000-01-01", "year", "active", null);
        tie(jn, foreign("EG", "city"), "partner", "2010-01-01", "year", "active", null);
        long yt = id(YANTAI);
        for (int i = 0; i < 11; i++) {
            tie(yt, foreign("RU", "city"), "partner", "2010-01-01", "year", "active", null);
        }
        long sz = id(SUZHOU);
        tie(sz, foreign("IT", "city"), "sister", "2000-01-01", "year", "active", null);
        tie(sz, foreign("KE", "city"), "sister", "2005-01-01", "year", "active", null);
        long jz = id(JIAOZHOU);
        tie.put("j1", tie(jz, foreign("RU", "city"), "sister", "2025-10-01", "day", "active", null));
        tie.put("j2", tie(jz, foreign("JP", "city"), "partner", "2005-01-01", "year", "active", null));
        activity(jz, "j1", "delegation", "2025-11-05", "direction, leader_level, head_count", "'received', 'mayor', 6");
        activity(
                qd, "t1", "delegation", "2025-03-10", "direction, leader_level, head_count", "'received', 'mayor', 12");
        activity(
                qd, "t2", "delegation", "2025-05-01", "direction, leader_level, head_count", "'sent', 'vice_mayor', 8");
        activity(qd, "t1", "event", "2025-06-01", "event_kind, online", "'culture_week', false");
        activity(qd, "t2", "agreement", "2025-07-01", "agreement_type", "'memorandum'");
        activity(
                qd,
                "t1",
                "project",
                "2025-08-01",
                "title, domain, project_status, outcome",
                "'港口合作', 'trade', 'ongoing', '新航线开通'");
        activity(
                qd,
                "t12",
                "project",
                "2024-04-01",
                "title, domain, project_status",
                "'友好学校', 'education', 'completed'");
        activity(
                qd,
                null,
                "award",
                "2025-11-01",
                "title, granting_body, award_year, recipient_kind, recipient",
                "'交流合作奖', '中国国际友好城市联合会', 2025, 'place', '青岛市'");
        activity(jn, null, "delegation", "2020-01-01", "direction, leader_level, head_count", "'received', 'mayor', 5");
    }

    /** An activity with the type's own columns, written out in SQL (the ledger's service would check the same). */
    private void activity(long place, String tie, String type, String on, String columns, String values) {
        db.sql("insert into activity (type, place_id, tie_id, started_on, created_at, updated_at, " + columns + ")"
                        + " values (:type, :place, :tie, :on, :now, :now, " + values + ")")
                .param("type", type)
                .param("place", place)
                .param("tie", tie == null ? null : this.tie.get(tie))
                .param("on", LocalDate.parse(on))
                .param("now", OffsetDateTime.now())
                .update();
    }

    long id(String code) {
        return db.sql("select id from place where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    private long foreign(String country, String level) {
        String code = "YC-T" + (++placeNo);
        db.sql("""
                insert into place (code, name_zh, name_en, level, country_code, origin, created_at, updated_at)
                values (:code, :zh, :en, :level, :country, 'api', :now, :now)""")
                .param("code", code)
                .param("zh", "测试" + placeNo)
                .param("en", "Test " + placeNo)
                .param("level", level)
                .param("country", country)
                .param("now", OffsetDateTime.now())
                .update();
        return id(code);
    }

    private long tie(
            long domestic, long partner, String kind, String signed, String precision, String status, String ended) {
        db.sql("""
                insert into tie (domestic_id, partner_id, kind, signed_on, signed_precision, status, ended_on,
                                 created_at, updated_at)
                values (:d, :p, :kind, :signed, :precision, :status, :ended, :now, :now)""")
                .param("d", domestic)
                .param("p", partner)
                .param("kind", kind)
                .param("signed", signed == null ? null : LocalDate.parse(signed))
                .param("precision", precision)
                .param("status", status)
                .param("ended", ended == null ? null : LocalDate.parse(ended))
                .param("now", OffsetDateTime.now())
                .update();
        return db.sql("select max(id) from tie").query(Long.class).single();
    }

    /** How many Chinese places of the level there are, in all and in one province. */
    int prefectures() {
        return db.sql("select count(*) from place where country_code = 'CN' and level = 'prefecture'")
                .query(Integer.class)
                .single();
    }

    int prefecturesIn(String provinceCode) {
        return db.sql("""
                select count(*) from place p join place pr on pr.id = p.parent_id
                where p.level = 'prefecture' and pr.code = :c""").param("c", provinceCode).query(Integer.class).single();
    }
}
