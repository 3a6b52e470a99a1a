package org.youcheng.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.ledger.ActivityCommon;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.Delegation;
import org.youcheng.ledger.Direction;
import org.youcheng.ledger.LeaderLevel;
import org.youcheng.ledger.Partner;
import org.youcheng.ledger.internal.ActivityRepository;
import org.youcheng.registry.TieDocument;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.support.OperatorTies;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/**
 * The world the security tests act in: an admin, a viewer and an editor of 聊城市 (so also of 临清市 under it), each
 * with a token; a tie of 临清市 (in the editor's scope) and one of 青岛市 (outside it), each with a document; and an
 * activity of each of the two places, each with a file.
 */
final class SecurityFixture {

    static final String LIAOCHENG = "CN-371500";
    static final String LINQING = "CN-371581";
    static final String QINGDAO = "CN-370200";
    static final String SHIMONOSEKI = "Q203308";
    static final String OSAKA = "Q35765";

    static final String ADMIN = "test-admin";
    static final String VIEWER = "test-viewer";
    static final String EDITOR = "liaocheng-editor";

    final ApplicationContext ctx;
    final JdbcClient db;
    final OperatorTies ties;
    final PlaceRepository places;
    final Map<String, String> tokens;
    final long linqing;
    final long qingdao;
    final long liaocheng;
    final long shimonoseki;
    final long osaka;
    long inScopeTie;
    long outOfScopeTie;
    long inScopeDocument;
    long outOfScopeDocument;
    long inScopeActivity;
    long outOfScopeActivity;
    long inScopeActivityFile;
    long outOfScopeActivityFile;
    /** A Japanese place an import created (flagged), and the known place it duplicates: what editors may mend. */
    long duplicate;

    long known;

    SecurityFixture(ApplicationContext ctx) {
        this.ctx = ctx;
        this.db = ctx.getBean(JdbcClient.class);
        this.places = ctx.getBean(PlaceRepository.class);
        this.ties = new OperatorTies(ctx.getBean(TieService.class));
        TestData.reset(db);
        this.tokens = Map.of(
                ADMIN,
                TestAccounts.token(ctx, ADMIN, Role.ADMIN),
                VIEWER,
                TestAccounts.token(ctx, VIEWER, Role.VIEWER),
                EDITOR,
                TestAccounts.token(ctx, EDITOR, Role.EDITOR, "371500"));
        linqing = id(LINQING);
        qingdao = id(QINGDAO);
        liaocheng = id(LIAOCHENG);
        shimonoseki = id(SHIMONOSEKI);
        osaka = id(OSAKA);
        resetTies();
    }

    long id(String code) {
        return places.findByCode(code)
                .orElseThrow(() -> new AssertionError(code + " is not in the reference data"))
                .id();
    }

    /** The key that names an attached file in addresses. */
    String fileKey(long file) {
        return db.sql("select file_key from activity_file where id = :id")
                .param("id", file)
                .query(String.class)
                .single();
    }

    long accountId(String name) {
        return db.sql("select id from account where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    /** The two ties again, as they were (a test before may have changed or deleted them). */
    void resetTies() {
        db.sql("delete from tie_status_change").update();
        db.sql("delete from tie_document").update();
        db.sql("delete from tie").update();
        resetMendPlaces();
        inScopeTie = ties.create(new TieDraft(
                        linqing, shimonoseki, TieKind.PARTNER, null, TieStatus.ACTIVE, null, null, null, null))
                .tie()
                .tie()
                .id();
        outOfScopeTie = ties.create(new TieDraft(
                        qingdao, shimonoseki, TieKind.PARTNER, null, TieStatus.ACTIVE, null, null, null, null))
                .tie()
                .tie()
                .id();
        inScopeDocument = ties.addDocument(inScopeTie, TieDocument.Kind.INTENT_LETTER, "意向书", null, null)
                .id();
        outOfScopeDocument = ties.addDocument(outOfScopeTie, TieDocument.Kind.INTENT_LETTER, "意向书", null, null)
                .id();
        resetActivities();
    }

    /** The two places to mend again (a call before may have renamed or merged them). */
    private void resetMendPlaces() {
        db.sql("delete from place where code in ('YC-TESTSHIMONOSEKI', 'YC-TESTSHIMONOSEKI2')")
                .update();
        Instant now = Instant.now();
        known = places.insert(
                "YC-TESTSHIMONOSEKI",
                "下关市测试",
                null,
                org.youcheng.registry.Level.CITY,
                "JP",
                null,
                false,
                "import",
                now,
                List.of("下关市测试"));
        duplicate = places.insert(
                "YC-TESTSHIMONOSEKI2",
                "下关测试",
                null,
                org.youcheng.registry.Level.CITY,
                "JP",
                null,
                true,
                "import",
                now,
                List.of("下关测试"));
    }

    /** A delegation received by each of the two places, each with a file (written as set-up, not through a door). */
    private void resetActivities() {
        db.sql("delete from activity_file").update();
        db.sql("delete from activity_partner").update();
        db.sql("delete from activity").update();
        ActivityRepository activities = ctx.getBean(ActivityRepository.class);
        Instant now = Instant.now();
        List<Long> ids = activities.insert(List.of(delegation(linqing), delegation(qingdao)), null, now);
        inScopeActivity = ids.get(0);
        outOfScopeActivity = ids.get(1);
        byte[] text = "议程".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var files = ctx.getBean(org.youcheng.ledger.internal.ActivityFileRepository.class);
        inScopeActivityFile = files.addFile(inScopeActivity, "议程.txt", "text/plain", "0".repeat(64), text, now);
        outOfScopeActivityFile = files.addFile(outOfScopeActivity, "议程.txt", "text/plain", "0".repeat(64), text, now);
    }

    private ActivityDraft delegation(long place) {
        return new Delegation(
                new ActivityCommon(
                        place,
                        null,
                        List.of(Partner.place(shimonoseki)),
                        null,
                        LocalDate.of(2024, 5, 1),
                        null,
                        null,
                        null),
                Direction.RECEIVED,
                LeaderLevel.MAYOR,
                3,
                null);
    }
}
