package org.youcheng.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.LocalOperator;

/**
 * Mending places through the registry's services (the local operator acting): the flagged list with look-alikes,
 * rename, alias, reviewed, and the merge of a duplicate with its ties moved and combined; run on H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class PlaceMendingTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    JdbcClient db;

    @Autowired
    PlaceMending mending;

    @Autowired
    PlaceMerge merge;

    @Autowired
    PlaceRepository places;

    MendFixture f;

    @BeforeEach
    void fixture() throws Exception {
        f = new MendFixture(ctx);
    }

    static <T> T operator(Callable<T> work) {
        try {
            return LocalOperator.call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    long audits(String action, long entityId) {
        return db.sql("select count(*) from audit_event where action = :a and entity_id = :id")
                .param("a", action)
                .param("id", entityId)
                .query(Long.class)
                .single();
    }

    List<String> names(long place) {
        return db.sql("select name from place_name where place_id = :id")
                .param("id", place)
                .query(String.class)
                .list();
    }

    @Test
    void placesMadeTogetherAreEachMadeAsOneAloneWouldBeAndTheirIdsComeInOrder() {
        java.time.Instant now = java.time.Instant.parse("2026-12-04T12:00:00Z");
        long alone = places.insertUnreviewed("奈良", Level.CITY, "JP", "import", now);
        long[] together = places.insertUnreviewed(
                List.of(
                        new Places.Unreviewed("札幌", Level.CITY, "JP"),
                        new Places.Unreviewed("Otaru", Level.CITY, "JP"),
                        new Places.Unreviewed("北海道", Level.PROVINCE, "JP")),
                "import",
                now);
        assertThat(together).hasSize(3).doesNotHaveDuplicates().doesNotContain(alone);
        Place sapporo = places.find(together[0]).orElseThrow();
        Place otaru = places.find(together[1]).orElseThrow();
        Place hokkaido = places.find(together[2]).orElseThrow();
        Place nara = places.find(alone).orElseThrow();
        assertThat(List.of(sapporo.nameZh(), String.valueOf(otaru.nameEn()), hokkaido.nameZh()))
                .containsExactly("札幌", "Otaru", "北海道");
        assertThat(otaru.nameZh()).isNull();
        assertThat(hokkaido.level()).isEqualTo(Level.PROVINCE);
        for (Place p : List.of(sapporo, otaru, hokkaido)) {
            assertThat(p.needsReview()).isEqualTo(nara.needsReview()).isTrue();
            assertThat(p.countryCode()).isEqualTo("JP");
            assertThat(p.code()).startsWith("YC-").isNotEqualTo(nara.code());
            assertThat(p.pinyin() == null).isEqualTo(p == otaru);
        }
        assertThat(names(together[0])).containsExactly("札幌");
        assertThat(names(together[1])).containsExactly("Otaru");
        assertThat(names(alone)).containsExactly("奈良");
        assertThat(places.insertUnreviewed(List.of(), "import", now)).isEmpty();
    }

    @Test
    void theFlaggedPlacesComeWithTheKnownPlacesOfTheirCountryThatLookLikeThem() {
        PlaceMending.Flagged flagged = mending.flagged(100);
        FlaggedPlace dup = flagged.places().stream()
                .filter(p -> p.card().place().id() == f.duplicate)
                .findFirst()
                .orElseThrow();
        assertThat(dup.card().ties()).isEqualTo(2);
        assertThat(dup.card().activities()).isEqualTo(1);
        assertThat(dup.card().origin()).isEqualTo("import");
        assertThat(dup.lookalikes())
                .extracting(c -> c.place().id())
                .contains(f.known)
                .doesNotContain(f.american);
        assertThat(dup.lookalikes())
                .allSatisfy(c -> assertThat(c.place().countryCode()).isEqualTo("JP"));
        assertThat(flagged.places())
                .extracting(p -> p.card().place().id())
                .doesNotContain(f.known)
                .contains(f.american);
    }

    @Test
    void aRenameKeepsTheOldNameAsAnAliasAndAStaleVersionChangesNothing() {
        Place before = places.find(f.duplicate).orElseThrow();
        Place after = operator(() -> mending.rename(f.duplicate, before.version(), "平安京", "Heian-kyo"));
        assertThat(after.nameZh()).isEqualTo("平安京");
        assertThat(after.nameEn()).isEqualTo("Heian-kyo");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(names(f.duplicate))
                .as("the old name stays, so old tables still resolve")
                .contains("京都", "平安京", "Heian-kyo");
        assertThat(audits("place_rename", f.duplicate)).isEqualTo(1);
        assertThatThrownBy(() -> operator(() -> mending.rename(f.duplicate, before.version(), "别的", null)))
                .isInstanceOf(ConflictException.class);
        assertThat(places.find(f.duplicate).orElseThrow().nameZh()).isEqualTo("平安京");
        assertThatThrownBy(() -> operator(() -> mending.rename(f.duplicate, after.version(), " ", null)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void anAliasIsFiledOnceAndReviewedClearsTheFlag() {
        operator(() -> mending.addAlias(f.duplicate, "Kyōto"));
        assertThat(names(f.duplicate)).contains("Kyōto");
        assertThat(audits("place_alias", f.duplicate)).isEqualTo(1);
        assertThatThrownBy(() -> operator(() -> mending.addAlias(f.duplicate, "京都市")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("alias_exists"));
        Place reviewed = operator(() -> mending.markReviewed(f.duplicate, null));
        assertThat(reviewed.needsReview()).isFalse();
        assertThat(mending.flagged(100).places())
                .extracting(p -> p.card().place().id())
                .doesNotContain(f.duplicate);
        assertThat(audits("place_reviewed", f.duplicate)).isEqualTo(1);
    }

    @Test
    void aMergeMovesTiesCombinesCollidingOnesAndMovesEverythingElse() {
        MergePlan plan = operator(() -> merge.plan(f.duplicate, f.known));
        assertThat(plan.ties())
                .extracting(TieMove::tieId, TieMove::outcome)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(f.recordedTie, TieMove.Outcome.COMBINED),
                        org.assertj.core.groups.Tuple.tuple(f.qingdaoTie, TieMove.Outcome.MOVED));
        assertThat(places.find(f.duplicate)).as("a plan changes nothing").isPresent();

        operator(() -> mending.addAlias(f.duplicate, "Miyako"));
        MergePlan done = operator(() -> merge.merge(f.duplicate, f.known));
        assertThat(done.references()).containsEntry("activity_partners", 1).containsEntry("review_items", 1);
        assertThat(places.find(f.duplicate)).isEmpty();
        assertThat(names(f.known))
                .as("the duplicate's names are the known place's aliases")
                .contains("Miyako");
        assertThat(db.sql("select place_id from place_name where name_key = :k")
                        .param("k", Names.key("京都"))
                        .query(Long.class)
                        .list())
                .contains(f.known);

        // moved: 青岛市's tie now joins the known place, the same row
        assertThat(db.sql("select partner_id from tie where id = :id")
                        .param("id", f.qingdaoTie)
                        .query(Long.class)
                        .single())
                .isEqualTo(f.known);
        // combined: the reference tie survives and takes the recorded statement's kind, date and authority
        assertThat(db.sql("select count(*) from tie where id = :id")
                        .param("id", f.recordedTie)
                        .query(Long.class)
                        .single())
                .isZero();
        var survivor = db.sql("select kind, authority, origin, signed_on from tie where id = :id")
                .param("id", f.referenceTie)
                .query()
                .singleRow();
        assertThat(survivor.get("kind")).isEqualTo("sister");
        assertThat(survivor.get("authority")).isEqualTo("recorded");
        assertThat(survivor.get("origin"))
                .as("the survivor's own first statement stays")
                .isEqualTo("reference");
        assertThat(String.valueOf(survivor.get("signed_on"))).startsWith("1994-05");
        // both statements kept: the later one moved, the duplicate tie's own first statement added
        assertThat(db.sql("select provenance || ':' || coalesce(source, '') from tie_source where tie_id = :id")
                        .param("id", f.referenceTie)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("extracted:https://example.org/news/1", "recorded:北京市外办名录");
        // (the fixture's ties were recorded with a source document each, filed as agreements: not counted here)
        assertThat(db.sql("select count(*) from tie_document where tie_id = :id and title not like '测试用的已签署协议%'")
                        .param("id", f.referenceTie)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(db.sql("select count(*) from tie_status_change where tie_id = :id")
                        .param("id", f.referenceTie)
                        .query(Long.class)
                        .single())
                .as("the survivor's first status and the duplicate's")
                .isEqualTo(2);
        assertThat(db.sql("select tie_id from activity where id = :id")
                        .param("id", f.activity)
                        .query(Long.class)
                        .single())
                .isEqualTo(f.referenceTie);
        assertThat(db.sql("select place_id from activity_partner where activity_id = :id")
                        .param("id", f.activity)
                        .query(Long.class)
                        .single())
                .isEqualTo(f.known);
        var candidate = db.sql("select partner_id, tie_id from extract_candidate where id = :id")
                .param("id", f.candidate)
                .query()
                .singleRow();
        assertThat(((Number) candidate.get("partner_id")).longValue()).isEqualTo(f.known);
        assertThat(((Number) candidate.get("tie_id")).longValue()).isEqualTo(f.referenceTie);

        assertThat(audits("place_merge", f.known)).isEqualTo(1);
        assertThat(audits("tie_combine", f.referenceTie)).isEqualTo(1);
        assertThat(audits("tie_move", f.qingdaoTie)).isEqualTo(1);
    }

    @Test
    void aRecordedSurvivorKeepsItsKindAgainstAWeakerDuplicate() {
        db.sql("update tie set kind = 'intent', origin = 'recorded', authority = 'recorded' where id = :id")
                .param("id", f.referenceTie)
                .update();
        db.sql("update tie set origin = 'extracted', authority = 'extracted' where id = :id")
                .param("id", f.recordedTie)
                .update();
        operator(() -> merge.merge(f.duplicate, f.known));
        var survivor = db.sql("select kind, authority from tie where id = :id")
                .param("id", f.referenceTie)
                .query()
                .singleRow();
        assertThat(survivor.get("kind")).isEqualTo("intent");
        assertThat(survivor.get("authority")).isEqualTo("recorded");
        assertThat(db.sql("select kind from tie_source where tie_id = :id and provenance = 'extracted' "
                                + "and source = '北京市外办名录'")
                        .param("id", f.referenceTie)
                        .query(String.class)
                        .single())
                .as("the weaker statement is kept, with the kind it stated")
                .isEqualTo("sister");
    }

    @Test
    void aMergeIsRefusedIntoItselfAcrossCountriesAndForADivision() {
        assertThat(codes(() -> merge.merge(f.duplicate, f.duplicate))).containsExactly("merge_self");
        assertThat(codes(() -> merge.merge(f.american, f.known))).containsExactly("merge_countries");
        assertThat(codes(() -> merge.merge(f.beijing, f.shanghai))).containsExactly("merge_division");
        assertThat(codes(() -> merge.merge(f.duplicate, null))).containsExactly("required");
        assertThat(places.find(f.duplicate)).isPresent();
        assertThat(places.find(f.beijing)).isPresent();
        assertThat(audits("place_merge", f.known)).isZero();
        assertThat(audits("place_merge", f.shanghai)).isZero();
    }

    private static List<String> codes(Callable<?> work) {
        try {
            operator(work);
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::code).toList();
        }
        throw new AssertionError("no validation error");
    }
}
