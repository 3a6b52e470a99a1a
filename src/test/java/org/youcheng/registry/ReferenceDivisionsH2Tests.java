package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.support.OnH2;

/** Divisions of the bundled reference data as the database holds them: where they lie, at which level. */
@OnH2
class ReferenceDivisionsH2Tests {

    @Autowired
    JdbcClient db;

    /** The names of a place and the places above it, the place first. */
    List<String> chain(String qid) {
        return db.sql("""
                        with recursive up(id, name_zh, parent_id, depth) as (
                          select p.id, p.name_zh, p.parent_id, 0 from wikidata_place w join place p on p.id = w.place_id
                           where w.qid = :q
                          union all
                          select p.id, p.name_zh, p.parent_id, up.depth + 1 from place p join up on p.id = up.parent_id)
                        select name_zh from up order by depth""").param("q", qid).query(String.class).list();
    }

    @Test
    void aTaiwaneseTownshipWikidataNamesLiesUnderItsCountyInTaiwan() {
        // 蘇澳鎮 (Q701639): Wikidata files it under Taiwan; the postal table puts it in 宜蘭縣, written before it
        assertThat(chain("Q701639")).containsExactly("苏澳镇", "宜兰县", "台湾省");
    }

    @Test
    void englandsShireCountiesAndFrancesDepartmentsAreDivisions() {
        assertThat(db.sql("select level from place where country_code = 'GB' and name_en = 'Essex'")
                        .query(String.class)
                        .list())
                .contains("province");
        assertThat(db.sql("select count(*) from place where code like 'ISO2-FR-%' and level = 'province'")
                        .query(Integer.class)
                        .single())
                .isGreaterThan(80);
    }
}
