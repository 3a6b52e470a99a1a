package org.youcheng.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.common.PartialDate;
import org.youcheng.ledger.ActivityCommon;
import org.youcheng.ledger.Delegation;
import org.youcheng.ledger.Direction;
import org.youcheng.ledger.LeaderLevel;
import org.youcheng.ledger.Partner;
import org.youcheng.ledger.internal.ActivityRepository;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.support.OperatorTies;
import org.youcheng.support.TestData;

/**
 * A known Japanese city (京都市, made here so that the test leaves the reference data as it was) and a duplicate
 * of it that an import created (京都, flagged): 北京市 has a recorded sister tie with the duplicate (with a
 * document, a status change, a later statement, an activity and a review-queue item) and a reference tie (kind
 * unverified, from Wikidata) with the known city; 青岛市 has a partner tie with the duplicate only.
 */
public final class MendFixture {

    public final long beijing;
    public final long qingdao;
    public final long shanghai;
    public final long known;
    public final long duplicate;
    public final long american;
    public final long recordedTie;
    public final long referenceTie;
    public final long qingdaoTie;
    public final long activity;
    public final long candidate;

    public MendFixture(ApplicationContext ctx) throws Exception {
        JdbcClient db = ctx.getBean(JdbcClient.class);
        PlaceRepository places = ctx.getBean(PlaceRepository.class);
        OperatorTies ties = new OperatorTies(ctx.getBean(TieService.class));
        TestData.reset(db);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        beijing = places.findByCode("CN-110000").orElseThrow().id();
        qingdao = places.findByCode("CN-370200").orElseThrow().id();
        shanghai = places.findByCode("CN-310000").orElseThrow().id();
        known = places.insert(
                "YC-TESTKYOTO",
                "京都市",
                "Kyoto City",
                Level.CITY,
                "JP",
                null,
                false,
                "api",
                now,
                List.of("京都市", "Kyoto City"));
        duplicate = places.insertUnreviewed("京都", Level.CITY, "JP", "import", now);
        american = places.insert(
                "YC-TESTKYOTOUS", "京都", "Kyoto", Level.TOWN, "US", null, true, "import", now, List.of("京都"));
        recordedTie = ties.create(new TieDraft(
                        beijing,
                        duplicate,
                        TieKind.SISTER,
                        PartialDate.parse("1994-05"),
                        TieStatus.ACTIVE,
                        null,
                        null,
                        "北京市外办名录",
                        null))
                .tie()
                .tie()
                .id();
        referenceTie = ties.create(new TieDraft(
                        beijing,
                        known,
                        TieKind.PARTNER,
                        null,
                        TieStatus.ACTIVE,
                        null,
                        null,
                        "Wikidata P190 (twinned administrative body)",
                        null))
                .tie()
                .tie()
                .id();
        db.sql("update tie set kind = 'unverified', origin = 'reference', authority = 'reference' where id = :id")
                .param("id", referenceTie)
                .update();
        qingdaoTie = ties.create(new TieDraft(
                        qingdao, duplicate, TieKind.PARTNER, null, TieStatus.ACTIVE, null, null, null, null))
                .tie()
                .tie()
                .id();
        ties.addDocument(recordedTie, TieDocument.Kind.AGREEMENT, "友好城市协议书", null, LocalDate.of(1994, 5, 10));
        db.sql("""
                insert into tie_status_change (tie_id, status, changed_at, reason)
                values (:tie, 'active', :at, 'created')""")
                .param("tie", recordedTie)
                .param("at", java.sql.Timestamp.from(now))
                .update();
        db.sql("""
                insert into tie_source (tie_id, provenance, source, kind, added_at)
                values (:tie, 'extracted', 'https://example.org/news/1', 'sister', :at)""")
                .param("tie", recordedTie)
                .param("at", java.sql.Timestamp.from(now))
                .update();
        activity = ctx.getBean(ActivityRepository.class)
                .insert(
                        List.of(new Delegation(
                                new ActivityCommon(
                                        beijing,
                                        recordedTie,
                                        List.of(Partner.place(duplicate)),
                                        null,
                                        LocalDate.of(2024, 5, 1),
                                        null,
                                        null,
                                        null),
                                Direction.RECEIVED,
                                LeaderLevel.MAYOR,
                                3,
                                null)),
                        null,
                        now)
                .getFirst();
        db.sql("""
                insert into extract_candidate (source, domestic, domestic_id, partner, partner_country, partner_id,
                                               kind, evidence, evidence_start, evidence_end, status, tie_id, created_at)
                values ('a1', '北京市', :beijing, '京都', '日本', :dup, 'sister', '北京市与京都结为友好城市', 0, 12,
                        'accepted', :tie, :at)""")
                .param("beijing", beijing)
                .param("dup", duplicate)
                .param("tie", recordedTie)
                .param("at", java.sql.Timestamp.from(now))
                .update();
        candidate = db.sql("select max(id) from extract_candidate")
                .query(Long.class)
                .single();
    }
}
