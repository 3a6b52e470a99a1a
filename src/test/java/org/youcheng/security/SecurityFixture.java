package org.youcheng.security;

import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.registry.PlaceRepository;
import org.youcheng.registry.TieDocument;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieStatus;
import org.youcheng.support.OperatorTies;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/**
 * The world the security tests act in: an admin, a viewer and an editor of 聊城市 (so also of 临清市 under it), each
 * with a token; a tie of 临清市 (in the editor's scope) and one of 青岛市 (outside it), each with a document.
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

    SecurityFixture(ApplicationContext ctx) {
        this.ctx = ctx;
        this.db = ctx.getBean(JdbcClient.class);
        this.places = ctx.getBean(PlaceRepository.class);
        this.ties = new OperatorTies(ctx.getBean(TieService.class));
        TestData.reset(db);
        this.tokens = Map.of(ADMIN, TestAccounts.token(ctx, ADMIN, Role.ADMIN),
                VIEWER, TestAccounts.token(ctx, VIEWER, Role.VIEWER),
                EDITOR, TestAccounts.token(ctx, EDITOR, Role.EDITOR, "371500"));
        linqing = id(LINQING);
        qingdao = id(QINGDAO);
        liaocheng = id(LIAOCHENG);
        shimonoseki = id(SHIMONOSEKI);
        osaka = id(OSAKA);
        resetTies();
    }

    long id(String code) {
        return places.findByCode(code).orElseThrow(() -> new AssertionError(code + " is not in the reference data"))
                .id();
    }

    long accountId(String name) {
        return db.sql("select id from account where name = :n").param("n", name).query(Long.class).single();
    }

    /** The two ties again, as they were (a test before may have changed or deleted them). */
    void resetTies() {
        db.sql("delete from tie_status_change").update();
        db.sql("delete from tie_document").update();
        db.sql("delete from tie").update();
        inScopeTie = ties.create(new TieDraft(linqing, shimonoseki, TieKind.PARTNER, null, TieStatus.ACTIVE, null,
                null, null, null)).tie().tie().id();
        outOfScopeTie = ties.create(new TieDraft(qingdao, shimonoseki, TieKind.PARTNER, null, TieStatus.ACTIVE,
                null, null, null, null)).tie().tie().id();
        inScopeDocument = ties.addDocument(inScopeTie, TieDocument.Kind.INTENT_LETTER, "意向书", null, null).id();
        outOfScopeDocument = ties.addDocument(outOfScopeTie, TieDocument.Kind.INTENT_LETTER, "意向书", null, null)
                .id();
    }
}
