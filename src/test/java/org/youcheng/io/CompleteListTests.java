package org.youcheng.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.PlaceFinder;
import org.youcheng.registry.Provenance;
import org.youcheng.registry.Summary;
import org.youcheng.registry.SummaryService;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.Ties;
import org.youcheng.registry.reference.ReferenceData;
import org.youcheng.security.LocalOperator;
import org.youcheng.support.TestData;

/**
 * An office's official list supersedes the reference network: the real list of 西安市 (fixtures/SOURCE.md) imported
 * as its complete list over the bundled Wikidata ties. Runs on H2 and PostgreSQL through its subclasses.
 */
abstract class CompleteListTests {

    static final String XIAN = "xian-sister-cities.csv";

    @Autowired
    TieImporter importer;

    @Autowired
    SummaryService summaries;

    @Autowired
    PlaceFinder finder;

    @Autowired
    Ties ties;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient db;

    long xian;

    @BeforeEach
    void networkLoaded() {
        TestData.reset(db);
        LocalOperator.signIn();
        assertThat(reference.loadTwinNetworkIfMissing()).isEqualTo(10_596);
        xian = finder.find("西安").id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    ImportReport importXian(boolean dryRun, LocalDate endMissing) throws IOException {
        return importer.importFile(
                () -> resource(XIAN), Format.CSV, XIAN, dryRun, importer.completeList("西安市", false, endMissing));
    }

    static InputStream resource(String name) {
        return CompleteListTests.class.getResourceAsStream("/fixtures/" + name);
    }

    @Test
    void beforeTheListXianIsCountedFromTheReferenceNetworkAndSaysSo() {
        Summary.Counts c = summaries.summary(xian).counts();
        assertThat(c.basis()).isEqualTo("reference");
        assertThat(c.sister()).isZero();
        assertThat(c.unverified()).isEqualTo(29);
        assertThat(c.basisZh()).contains("参考数据");
    }

    @Test
    void theOfficialListOfXianSupersedesTheReferenceNetwork() throws IOException {
        ImportReport report = importXian(false, null);

        assertThat(report.errors()).isEmpty();
        assertThat(report.completeList().named()).isEqualTo(22);
        // the 29 Wikidata ties of Xi'an: those the list does not name are set aside, never counted
        assertThat(report.completeList().setAside())
                .hasSizeGreaterThanOrEqualTo(12)
                .anyMatch(r -> r.contains("Saint Petersburg"))
                .anyMatch(r -> r.contains("Cairo"));
        assertThat(report.text()).contains("set aside");

        Summary.Counts c = summaries.summary(xian).counts();
        assertThat(c.sister()).isEqualTo(22);
        assertThat(c.partner()).isZero();
        assertThat(c.unverified()).isZero();
        assertThat(c.total()).isEqualTo(22);
        assertThat(c.countries()).isEqualTo(20);
        assertThat(c.continents()).isEqualTo(4);
        assertThat(c.basis()).isEqualTo("recorded");
        assertThat(c.referenceBeside()).isZero();
        assertThat(c.setAside()).isEqualTo(report.completeList().setAside().size());
    }

    @Test
    void theProfileAndTheReportSayTheSame(@Autowired org.youcheng.analytics.FriendshipProfileService profiles)
            throws IOException {
        // the reference network has no dates and was loaded today: the year in progress is the first it stands in
        int now = LocalDate.now().getYear();
        var before = profiles.profile(xian, now, LocalDate.of(now + 1, 1, 1)).counts();
        assertThat(before.basis()).isEqualTo("reference");
        assertThat(before.sister()).isZero();
        assertThat(before.unverified()).isPositive();

        importXian(false, null);

        var after = profiles.profile(xian, 2025, LocalDate.of(2025, 1, 1)).counts();
        assertThat(after.sister()).isEqualTo(22);
        assertThat(after.unverified()).isZero();
        assertThat(after.countries()).isEqualTo(20);
        assertThat(after.continents()).isEqualTo(4);
        assertThat(after.basis()).isEqualTo("recorded");
    }

    @Test
    void aReferenceTieTheListConfirmsBecomesRecordedAndKeepsTheWikidataStatement() throws IOException {
        importXian(false, null);

        var nara = ties.viewsOf(java.util.List.of(xian)).stream()
                .filter(v -> "Nara".equals(v.partner().nameEn()))
                .findFirst()
                .orElseThrow()
                .tie();
        assertThat(nara.kind()).isEqualTo(TieKind.SISTER);
        assertThat(nara.authority()).isEqualTo(Provenance.RECORDED);
        assertThat(nara.signed().toString()).isEqualTo("1974-02-01");
        var statements = ties.statements(nara);
        assertThat(statements)
                .extracting(s -> s.provenance())
                .containsExactly(Provenance.RECORDED, Provenance.REFERENCE);
        assertThat(statements.get(1).source()).contains("Wikidata");
    }

    @Test
    void aDryRunReportsWhatTheListWouldDoAndWritesNothing() throws IOException {
        ImportReport dry = importXian(true, null);

        assertThat(dry.committed()).isFalse();
        assertThat(dry.completeList().setAside()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(summaries.summary(xian).counts().basis()).isEqualTo("reference");
        assertThat(db.sql("select count(*) from tie where set_aside_on is not null")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void recordedTiesTheListLeavesOutAreReportedOrEndedOnRequest() throws IOException {
        importXian(false, null);
        byte[] older = ("中方城市,外方城市,国家,类型,结好时间,状态,来源,备注\n" + "西安市,奈良市,日本,友好城市,1974年2月1日,有效,2013年名单,\n")
                .getBytes(StandardCharsets.UTF_8);

        ImportReport reported = importer.importFile(
                () -> new java.io.ByteArrayInputStream(older),
                Format.CSV,
                "nara-only.csv",
                true,
                importer.completeList("西安市", false, null));
        assertThat(reported.completeList().notOnList()).hasSize(21);
        assertThat(reported.completeList().ended()).isEmpty();

        ImportReport ended = importer.importFile(
                () -> new java.io.ByteArrayInputStream(older),
                Format.CSV,
                "nara-only.csv",
                false,
                importer.completeList("西安市", false, LocalDate.of(2025, 12, 31)));
        assertThat(ended.completeList().ended()).hasSize(21);
        Summary.Counts c = summaries.summary(xian).counts();
        assertThat(c.sister()).isEqualTo(1);
        assertThat(ties.viewsOf(java.util.List.of(xian)).stream()
                        .filter(v -> v.tie().status() == TieStatus.ENDED))
                .hasSize(21)
                .allMatch(v -> LocalDate.of(2025, 12, 31).equals(v.tie().endedOn()));
    }

    @Test
    void aRowOfAnotherPlaceIsABadRowOfACompleteList() throws IOException {
        byte[] mixed = ("中方城市,外方城市,国家,类型,结好时间,状态,来源,备注\n"
                        + "西安市,奈良市,日本,友好城市,1974年2月1日,有效,,\n"
                        + "北京市,东京都,日本,友好城市,1979年3月14日,有效,,\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportReport report = importer.importFile(
                () -> new java.io.ByteArrayInputStream(mixed),
                Format.CSV,
                "mixed.csv",
                false,
                importer.completeList("西安市", false, null));
        assertThat(report.committed()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3); // the header is row 1
            assertThat(e.reason()).contains("西安市");
        });
        assertThat(summaries.summary(xian).counts().basis()).isEqualTo("reference");
    }

    @Test
    void anUnknownPlaceForTheListNamesTheField() {
        assertThatThrownBy(() -> importer.completeList("不存在市", false, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("complete_for");
    }
}
