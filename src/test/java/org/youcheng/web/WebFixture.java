package org.youcheng.web;

import java.time.LocalDate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.approval.ApprovalService;
import org.youcheng.registry.TieDocument;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.LocalOperator;
import org.youcheng.security.Role;
import org.youcheng.support.OperatorTies;
import org.youcheng.support.TestAccounts;
import org.youcheng.support.TestData;

/**
 * The data the page checks (crawl, phone, refusals) read: Beijing's ties from the fixture, an intent tie of 临清市
 * (Liaocheng, Shandong) whose application waits for the province's review, and one account of each role: a viewer,
 * an editor of Beijing, an editor of Liaocheng, an editor of the province of Shandong, an admin.
 */
final class WebFixture {

    static final String VIEWER = "crawl-viewer";
    static final String EDITOR = "beijing-editor";
    static final String CITY = "liaocheng-editor";
    static final String PROVINCE = "shandong-editor";
    static final String ADMIN = "crawl-admin";

    final long beijing;
    final long linqing;
    /** The tie of 临清市 whose application the province has to review. */
    final long appliedTie;

    WebFixture(ApplicationContext context) throws Exception {
        JdbcClient db = context.getBean(JdbcClient.class);
        beijing = TestData.resetWithBeijingsSisterCities(context);
        TestAccounts.token(context, VIEWER, Role.VIEWER);
        TestAccounts.token(context, EDITOR, Role.EDITOR, "110000");
        TestAccounts.token(context, CITY, Role.EDITOR, "371500");
        TestAccounts.token(context, PROVINCE, Role.EDITOR, "370000");
        TestAccounts.token(context, ADMIN, Role.ADMIN);
        PlaceRepository places = context.getBean(PlaceRepository.class);
        linqing = places.findByCode("CN-371581").orElseThrow().id();
        OperatorTies ties = new OperatorTies(context.getBean(TieService.class));
        appliedTie = ties.create(new TieDraft(
                        linqing,
                        places.findByCode("Q35765").orElseThrow().id(),
                        TieKind.INTENT,
                        null,
                        TieStatus.ACTIVE,
                        null,
                        null,
                        null,
                        null))
                .tie()
                .tie()
                .id();
        ties.addDocument(appliedTie, TieDocument.Kind.INTENT_LETTER, "临清市与大阪市结好意向书", null, LocalDate.of(2025, 3, 1));
        ApprovalService approvals = context.getBean(ApprovalService.class);
        LocalOperator.call(() -> approvals.apply(appliedTie, TieKind.SISTER, null));
    }
}
