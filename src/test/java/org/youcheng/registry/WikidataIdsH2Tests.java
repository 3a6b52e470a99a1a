package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.support.OnH2;

/** Every place read from Wikidata keeps its item id, also those known from the labels alone (no twin tie). */
@OnH2
class WikidataIdsH2Tests {

    @Autowired
    JdbcClient db;

    String nameOf(String qid) {
        return db.sql("select p.name_zh from wikidata_place w join place p on p.id = w.place_id where w.qid = :q")
                .param("q", qid)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Test
    void aPlaceKnownFromTheLabelsAloneKeepsItsId() {
        // Izumi, Osaka (Q696412) is in the labels but no node of the twin network; Izumi, Kagoshima is another place
        assertThat(nameOf("Q696412")).isEqualTo("和泉市");
    }

    @Test
    void theIdsAreThoseOfTheLabelsNotOnlyOfTheNetworksFiveThousandNodes() {
        assertThat(db.sql("select count(*) from wikidata_place")
                        .query(Integer.class)
                        .single())
                .isGreaterThan(30_000);
    }
}
