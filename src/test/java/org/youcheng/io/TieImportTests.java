package org.youcheng.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.youcheng.registry.PlaceFinder;
import org.youcheng.registry.Summary;
import org.youcheng.registry.SummaryService;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieImports;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.reference.ReferenceData;
import org.youcheng.security.AuditEvent;
import org.youcheng.security.AuditQuery;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.LocalOperator;
import org.youcheng.support.TestData;

/** Import and export of tie tables; runs on H2 and on PostgreSQL through its subclasses. */
abstract class TieImportTests {

    static final String HEADER = "domestic,partner,partner_country,kind,signed,status,source,note\n";

    @Autowired
    TieImporter importer;

    @Autowired
    AuditTrail trail;

    @Autowired
    TieExporter exporter;

    @Autowired
    SummaryService summaries;

    @Autowired
    PlaceFinder finder;

    @Autowired
    JdbcClient db;

    @BeforeEach
    void reset() {
        TestData.reset(db);
        LocalOperator.signIn(); // imports as the command line does
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    ImportReport importCsv(String csv, boolean dryRun) throws IOException {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return importer.importFile(() -> new ByteArrayInputStream(bytes), Format.CSV, "test.csv", dryRun);
    }

    ImportReport importResource(String name, boolean dryRun) throws IOException {
        return importer.importFile(() -> resource(name), Format.ofFile(name), name, dryRun);
    }

    static InputStream resource(String name) {
        return TieImportTests.class.getResourceAsStream("/fixtures/" + name);
    }

    long ties() {
        return db.sql("select count(*) from tie").query(Long.class).single();
    }

    @Autowired
    TieImports bulk;

    @Autowired
    TransactionTemplate tx;

    /** Loads one new tie whose partner does not exist, in a transaction of its own, and returns what it threw. */
    Throwable loadNamingAMissingPlace() {
        long beijing = finder.find("北京").id();
        long missing = 987_654_321L;
        long before = ties();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> tx.executeWithoutResult(status -> {
            java.time.Instant now = java.time.Instant.now();
            TieImports.Load load = bulk.load(bulk.startRun("missing.csv", "csv", now), now);
            load.insert(
                    List.of(new TieDraft(
                            beijing, missing, TieKind.SISTER, null, TieStatus.ACTIVE, null, null, "test", null)),
                    n -> {});
            load.finish();
        }));
        assertThat(ties()).isEqualTo(before);
        return thrown;
    }

    @Test
    void oneNameOfTwoPlacesResolvesForEachChineseSideByItsOwnTies() throws IOException {
        // two towns of one Chinese name in one country: each Chinese side's own tie decides, row by row
        List<Long> camdens = db.sql("select id from place where name_zh = '康登' and country_code = 'US' order by id")
                .query(Long.class)
                .list();
        assertThat(camdens).hasSizeGreaterThanOrEqualTo(2);
        long qingdao = finder.find("青岛").id();
        long jinan = finder.find("济南").id();
        org.youcheng.support.ReferenceTies.add(db, qingdao, camdens.get(0));
        org.youcheng.support.ReferenceTies.add(db, jinan, camdens.get(1));

        ImportReport report =
                importCsv(HEADER + "青岛市,康登,美国,partner,2001,active,,\n" + "济南市,康登,美国,partner,2002,active,,\n", false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.added()).isZero();
        assertThat(report.updated()).isEqualTo(2);
        assertThat(ties()).isEqualTo(2);
    }

    @Test
    void aLoadOfTiesNamingAMissingPlaceCommitsNothing() {
        assertThat(loadNamingAMissingPlace()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anOfficialTableImportsAndCountsComeOutRight() throws IOException {
        ImportReport report = importResource("beijing-sister-cities.csv", false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.added()).isEqualTo(23);
        Summary s = summaries.summary(finder.find("北京").id());
        assertThat(s.counts().sister()).isEqualTo(23);
        assertThat(s.counts().partner()).isZero();
        assertThat(s.counts().countries()).isEqualTo(22);
        assertThat(s.counts().continents()).isEqualTo(6);
        assertThat(s.counts().byCountry().get("US").sister()).isEqualTo(2);
        assertThat(s.includingSubordinates().sister()).isEqualTo(23);
        // the dates keep their precision
        assertThat(db.sql("""
                select t.signed_on from tie t join place p on p.id = t.partner_id where p.country_code = 'JP'""").query(java.sql.Date.class).single().toLocalDate())
                .hasToString("1979-03-14");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        importResource("beijing-sister-cities.csv", false);
        ImportReport again = importResource("beijing-sister-cities.csv", false);

        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(23);
        assertThat(again.placesCreated()).isZero();
        assertThat(ties()).isEqualTo(23);
    }

    @Test
    void exportThenReimportChangesNothing() throws IOException {
        importResource("beijing-sister-cities.csv", false);
        importCsv(HEADER + "青岛市黄岛区,Tsuruoka,Japan,partner,2001-05,active,,\n", false);
        for (Format format : new Format[] {Format.CSV, Format.XLSX}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(exporter.export(format, null, out)).isEqualTo(24);
            byte[] bytes = out.toByteArray();
            ImportReport again = importer.importFile(() -> new ByteArrayInputStream(bytes), format, "export", false);
            assertThat(again.errors()).as(format.name()).isEmpty();
            assertThat(again.unchanged()).as(format.name()).isEqualTo(24);
            assertThat(again.added() + again.updated() + again.placesCreated())
                    .as(format.name())
                    .isZero();
        }
    }

    @Test
    void theCsvExportNeutralisesFormulasAndReimportsUnchanged() throws IOException {
        ImportReport first = importCsv(
                HEADER
                        + "北京市,-Stadt,Germany,partner,2001,active,+source,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n"
                        + "北京市,'s-Hertogenbosch,Netherlands,partner,2002,active,@SUM(A1),\"'-kept as typed\"\n",
                false);
        assertThat(first.errors()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(Format.CSV, null, out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text)
                .contains(
                        "\"'-Stadt\"",
                        "\"'+source\"",
                        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
                        "\"'@SUM(A1)\"",
                        "\"'-kept as typed\"");
        assertThat(db.sql("select note from tie where note like '%kept%'")
                        .query(String.class)
                        .single())
                .as("an apostrophe before a formula character in a file read is the spreadsheets' text mark")
                .isEqualTo("-kept as typed");
        byte[] bytes = out.toByteArray();
        ImportReport again = importer.importFile(() -> new ByteArrayInputStream(bytes), Format.CSV, "export", false);
        assertThat(again.errors()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.added() + again.updated() + again.placesCreated()).isZero();
        assertThat(db.sql("select count(*) from place where name_en = '-Stadt' or name_zh = '-Stadt'")
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theWholeTwinNetworkExportsAndReimportsUnchanged(@Autowired ReferenceData reference) throws IOException {
        int loaded = reference.loadTwinNetworkIfMissing();
        assertThat(loaded).isGreaterThan(10_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(exporter.export(Format.CSV, null, out)).isEqualTo(loaded);
        byte[] bytes = out.toByteArray();

        ImportReport again = importer.importFile(() -> new ByteArrayInputStream(bytes), Format.CSV, "network", false);

        assertThat(again.errors()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(loaded);
        assertThat(again.added() + again.updated() + again.placesCreated()).isZero();
    }

    @Test
    void theExportWithoutCodesStillResolvesToTheSameTies() throws IOException {
        importResource("beijing-sister-cities.csv", false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(Format.CSV, null, out);
        String withoutCodes = out.toString(StandardCharsets.UTF_8)
                .lines()
                .map(line -> line.substring(0, nthComma(line, 8)))
                .reduce("", (a, b) -> a + b + "\n");
        ImportReport again = importCsv(withoutCodes, false);
        assertThat(again.errors()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(23);
    }

    private static int nthComma(String line, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = line.indexOf(',', at + 1);
        }
        return at;
    }

    @Test
    void oneBadDateImportsNothingAndNamesTheRow() throws IOException {
        String csv = new String(resource("beijing-sister-cities.csv").readAllBytes(), StandardCharsets.UTF_8)
                .replace("1994年4月5日", "1994年13月5日");
        ImportReport report = importCsv(csv, false);

        assertThat(report.ok()).isFalse();
        assertThat(report.errorCount()).isEqualTo(1);
        RowProblem p = report.errors().get(0);
        assertThat(p.row()).isEqualTo(17);
        assertThat(p.column()).isEqualTo("signed");
        assertThat(p.value()).isEqualTo("1994年13月5日");
        assertThat(p.reason()).contains("month 13");
        assertThat(ties()).isZero();
        assertThat(db.sql("select count(*) from place where origin = 'import'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** 12,000 rows of partner ties of Beijing, each foreign partner by its code: several batches of writing. */
    private StringBuilder twelveThousandRows(List<String> codes) {
        StringBuilder csv = new StringBuilder("domestic,partner,kind,signed,partner_code\n");
        codes.addAll(db.sql("select code from place where country_code <> 'CN' order by id limit 12000")
                .query(String.class)
                .list());
        for (String code : codes) {
            csv.append("北京市,,partner,2001,").append(code).append('\n');
        }
        return csv;
    }

    @Test
    void aBadRowAfterSeveralWrittenBatchesStillImportsNothing() throws IOException {
        List<String> codes = new ArrayList<>();
        StringBuilder csv = twelveThousandRows(codes);
        csv.append("上海市,,sister,2001-02-30,").append(codes.get(0)).append('\n');

        ImportReport report = importCsv(csv.toString(), false);

        assertThat(report.errorCount()).isEqualTo(1);
        assertThat(report.errors().get(0).row()).isEqualTo(12_002);
        assertThat(ties()).isZero();
        assertThat(db.sql("select count(*) from import_run").query(Long.class).single())
                .isZero();
    }

    @Test
    void everyTieOfAnImportOfSeveralBatchesHasOneAuditRecord() throws IOException {
        StringBuilder csv = twelveThousandRows(new ArrayList<>());
        long before =
                db.sql("select coalesce(max(id), 0) from tie").query(Long.class).single();
        long audited = db.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();

        ImportReport report = importCsv(csv.toString(), false);

        assertThat(report.added()).isEqualTo(12_000);
        // read as the tie's trail, the page and the export read it: one entry per added tie, none for older ties
        List<AuditEvent> added = trail.find(new AuditQuery(null, null, "tie", null, null, AuditQuery.MAX)).stream()
                .filter(e -> e.action().equals("tie_import_add") && e.id() > audited)
                .toList();
        List<Long> ties = db.sql("select id from tie where id > :before order by id")
                .param("before", before)
                .query(Long.class)
                .list();
        assertThat(ties).hasSize(12_000);
        assertThat(added).extracting(AuditEvent::entityId).containsExactlyElementsOf(ties);
        assertThat(trail.page(new AuditQuery(null, null, "tie", null, null, 1), 0, 1)
                        .total())
                .isGreaterThanOrEqualTo(12_000);
        // each with the tie as added (before: none), as the tie's own trail shows it
        long last = ties.get(ties.size() - 1);
        List<AuditEvent> own = trail.find(new AuditQuery(null, null, "tie", last, null, 10));
        assertThat(own).extracting(AuditEvent::action).containsExactly("tie_import_add");
        assertThat(own.get(0).before()).isNull();
        assertThat(own.get(0).after())
                .contains("\"id\":" + last, "\"kind\":\"partner\"", "\"signed\":\"2001-01-01\"")
                .contains("\"signed_precision\":\"year\"", "\"status\":\"active\"");
        // newest first, a page reaching across the records of two batches holds each tie once
        var page = trail.page(new AuditQuery(null, null, "tie", null, null, 1), 4_990, 20);
        assertThat(page.entries())
                .extracting(AuditEvent::entityId)
                .containsExactlyElementsOf(ties.reversed().subList(4_990, 5_010));
    }

    @Test
    void anImportTellsItsProgressBarTheRowsWrittenAsItWritesThem() throws IOException {
        byte[] bytes = twelveThousandRows(new ArrayList<>()).toString().getBytes(StandardCharsets.UTF_8);
        var progress = new org.youcheng.support.RecordedProgress();

        importer.importFile(() -> new ByteArrayInputStream(bytes), Format.CSV, "test.csv", false, null, progress);

        assertThat(progress.read).hasSize(12_000).isSorted().endsWith(12_000L);
        // reading ends long before writing does (H2 gathers the whole file into one sorted run): the bar follows
        // the writing, in steps of one batch of statements or one COPY
        assertThat(progress.written).isSorted().endsWith(12_000L).anyMatch(n -> n > 0 && n < 12_000);
    }

    @Test
    void everyBadRowIsReported() throws IOException {
        ImportReport report = importCsv(
                HEADER
                        + "北京市,Paris,France,sister,1997-10-23,active,,\n"
                        + "北京市,Rome,Italy,friends,1998,active,,\n"
                        + "火星市,Berlin,Germany,sister,1994,active,,\n"
                        + "北京市,Moscow,Narnia,sister,1995,active,,\n"
                        + "北京市,Madrid,Spain,sister,1985,asleep,,\n"
                        + "北京市,Paris,France,partner,1997,active,,\n",
                false);

        assertThat(report.errors())
                .extracting(RowProblem::row, RowProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "kind"),
                        org.assertj.core.groups.Tuple.tuple(4L, "domestic"),
                        org.assertj.core.groups.Tuple.tuple(5L, "partner_country"),
                        org.assertj.core.groups.Tuple.tuple(6L, "status"),
                        org.assertj.core.groups.Tuple.tuple(7L, "partner"));
        assertThat(report.errors().get(4).reason()).contains("row 2");
        assertThat(ties()).isZero();
    }

    @Test
    void chineseHeadersKindWordsAndDateFormatsAreAccepted() throws IOException {
        ImportReport report = importCsv(
                "\uFEFF中方城市,外方城市,国家,类型,结好时间,状态,来源,备注\n"
                        + "青岛市,下关市,日本,友好城市,1979年10月3日,有效,,\n"
                        + "青岛市,Long Beach,美国,友好交流城市,1985-04,,,\n"
                        + "山东省青岛市黄岛区,Tsuruoka,Japan,结好意向,2019,,,\n",
                false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.added()).isEqualTo(3);
        Summary s = summaries.summary(finder.find("Qingdao").id());
        assertThat(s.counts().sister()).isEqualTo(1);
        assertThat(s.counts().partner()).isEqualTo(1);
        assertThat(s.counts().intent()).isZero();
        assertThat(s.includingSubordinates().intent()).isEqualTo(1);
        assertThat(s.includingSubordinates().countries()).isEqualTo(2);
    }

    @Test
    void anUnknownForeignPlaceIsCreatedAndFlaggedForReview() throws IOException {
        ImportReport report = importCsv(HEADER + "北京市,Nowhereville-on-Test,France,partner,2020,active,,\n", false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.placesCreated()).isEqualTo(1);
        assertThat(db.sql("select needs_review from place where name_en = 'Nowhereville-on-Test'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(report.warnings()).anyMatch(w -> w.reason().contains("flagged for review"));
    }

    @Test
    void aForeignTiePinnedByCodeMayNameANewPlace() throws IOException {
        ImportReport report = importCsv(
                "domestic,partner,partner_country,kind,domestic_code\n" + ",Nowhereville-on-Test,France,partner,Q90\n",
                false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.added()).isEqualTo(1);
        assertThat(db.sql("""
                select count(*) from tie t join place d on d.id = t.domestic_id join place p on p.id = t.partner_id
                where d.id < p.id and (d.code = 'Q90' or p.code = 'Q90')""").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDryRunShowsWhatWouldChangeAndWritesNothing() throws IOException {
        importCsv(HEADER + "北京市,Paris,France,sister,1997,active,,\n", false);
        ImportReport dry = importCsv(
                HEADER
                        + "北京市,Paris,France,sister,1997-10-23,active,,\n"
                        + "北京市,Rome,Italy,sister,1998,active,,\n"
                        + "北京市,Nowhereville-on-Test,France,partner,2020,active,,\n",
                true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.committed()).isFalse();
        assertThat(dry.added()).isEqualTo(2);
        assertThat(dry.updated()).isEqualTo(1);
        assertThat(dry.placesCreated()).isEqualTo(1);
        assertThat(dry.addedRows()).hasSize(2);
        assertThat(ties()).isEqualTo(1);
        assertThat(db.sql("select count(*) from place where origin = 'import'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anUpdateKeepsTheStatusHistory() throws IOException {
        importCsv(HEADER + "北京市,Paris,France,sister,1997,active,,\n", false);
        importCsv(HEADER + "北京市,Paris,France,sister,1997,dormant,,\n", false);

        assertThat(db.sql("select status from tie_status_change order by id")
                        .query(String.class)
                        .list())
                .containsExactly("active", "dormant");
    }

    @Test
    void aSecondChineseSisterIsWarnedAbout() throws IOException {
        ImportReport report = importCsv(
                HEADER + "北京市,Paris,France,sister,1997,active,,\n" + "上海市,Paris,France,sister,1998,active,,\n", false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).anyMatch(w -> w.row() == 3 && w.reason().startsWith("second_sister"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWholly() throws IOException {
        byte[] gbk = (HEADER + "北京市,巴黎,法国,sister,1997,active,,\n").getBytes(Charset.forName("GBK"));
        ImportReport report = importer.importFile(() -> new ByteArrayInputStream(gbk), Format.CSV, "gbk.csv", false);

        assertThat(report.ok()).isFalse();
        assertThat(report.errors().get(0).reason()).contains("not UTF-8");
        assertThat(ties()).isZero();
    }

    @Test
    void unknownAndMissingColumnsAreRefused() throws IOException {
        ImportReport unknown = importCsv("domestic,partner,kind,colour\n北京市,Paris,sister,red\n", false);
        assertThat(unknown.errors().get(0).reason()).contains("unknown column colour");

        ImportReport missing = importCsv("domestic,partner_country\n北京市,France\n", false);
        assertThat(missing.errors().get(0).reason()).contains("missing column partner");

        ImportReport empty = importCsv("", false);
        assertThat(empty.ok()).isFalse();
        assertThat(ties()).isZero();
    }

    @Test
    void anAmbiguousChineseNameIsAnErrorThatNamesTheCandidates() throws IOException {
        ImportReport report = importCsv(HEADER + "鼓楼区,Paris,France,partner,2001,active,,\n", false);

        assertThat(report.errors().get(0).reason()).contains("ambiguous").contains("南京市鼓楼区");
    }

    @Test
    void xlsxFilesImportToo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var w = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
            var s = w.newWorksheet("ties");
            String[] header = {"中方城市", "外方城市", "国家", "类型", "结好时间"};
            for (int i = 0; i < header.length; i++) {
                s.value(0, i, header[i]);
            }
            s.value(1, 0, "北京市");
            s.value(1, 1, "Paris");
            s.value(1, 2, "France");
            s.value(1, 3, "sister");
            s.value(1, 4, java.time.LocalDate.of(1997, 10, 23));
            s.style(1, 4).format("yyyy-mm-dd").set();
            s.value(2, 0, "北京市");
            s.value(2, 1, "Rome");
            s.value(2, 2, "Italy");
            s.value(2, 3, "sister");
            s.value(2, 4, 1998);
        }
        byte[] bytes = out.toByteArray();
        ImportReport report = importer.importFile(() -> new ByteArrayInputStream(bytes), Format.XLSX, "t.xlsx", false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.added()).isEqualTo(2);
        assertThat(db.sql("select signed_precision from tie order by signed_on")
                        .query(String.class)
                        .list())
                .containsExactly("day", "year");
    }

    @Test
    void aZipBombXlsxIsRefusedBeforeItIsParsed() throws IOException {
        // 256 MiB of blanks between two rows packs into about 250 KB
        byte[] bomb = Workbooks.withSheet(out -> {
            Workbooks.write(
                    out,
                    Workbooks.SHEET_START
                            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>domestic</t></is></c></row>");
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 256; i++) {
                try {
                    out.write(blanks);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            Workbooks.write(out, "</sheetData></worksheet>");
        });
        assertThat(bomb.length).isLessThan(2_000_000);

        ImportReport report =
                importer.importFile(() -> new ByteArrayInputStream(bomb), Format.XLSX, "bomb.xlsx", false);

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).anySatisfy(p -> assertThat(p.reason()).contains("zip bomb"));
        assertThat(ties()).isZero();
    }

    @Test
    void anXlsxWithAnExternalEntityNeverReadsTheFileItNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET-VALUE");
        String header = "<row r=\"1\">" + Workbooks.cell("A1", "domestic") + Workbooks.cell("B1", "partner")
                + Workbooks.cell("C1", "kind") + "</row>";
        byte[] xxe = Workbooks.withSheet(
                out -> Workbooks.write(out, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY secret SYSTEM "%s">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s
                <row r="2"><c r="A2" t="inlineStr"><is><t>北京市</t></is></c><c r="B2" t="inlineStr"><is><t>&secret;</t></is></c>%s</row>
                </sheetData></worksheet>""".formatted(secret.toUri(), header, Workbooks.cell("C2", "sister"))));

        ImportReport report = importer.importFile(() -> new ByteArrayInputStream(xxe), Format.XLSX, "xxe.xlsx", false);

        assertThat(report.ok()).isFalse();
        assertThat(report.toString()).doesNotContain("TOP-SECRET-VALUE");
        assertThat(ties()).isZero();
    }

    @Test
    void aBrokenXlsxIsRefused() throws IOException {
        byte[] junk = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        ImportReport report = importer.importFile(() -> new ByteArrayInputStream(junk), Format.XLSX, "t.xlsx", false);
        assertThat(report.ok()).isFalse();
        assertThat(ties()).isZero();
    }

    @Test
    void geoJsonAndJsonExportsCarryEveryTie() throws IOException {
        importResource("beijing-sister-cities.csv", false);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        exporter.export(Format.JSON, null, json);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toByteArray());
        assertThat(tree.size()).isEqualTo(23);
        assertThat(tree.get(0).path("domestic").path("code").asText()).isEqualTo("CN-110000");

        ByteArrayOutputStream geo = new ByteArrayOutputStream();
        exporter.export(Format.GEOJSON, finder.find("北京市").id(), geo);
        var fc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(geo.toByteArray());
        assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.path("features").size()).isEqualTo(23);
        assertThat(fc.path("features"))
                .anyMatch(f -> f.path("geometry").path("type").asText().equals("LineString"));
    }
}
