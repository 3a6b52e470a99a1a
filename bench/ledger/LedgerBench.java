import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.YouchengApplication;
import org.youcheng.io.ActivityImporter;
import org.youcheng.io.Format;
import org.youcheng.io.ImportReport;
import org.youcheng.ledger.Ledger;
import org.youcheng.security.LocalOperator;

/**
 * The ledger benchmark (bench/ledger/run.sh): generates activities over Chinese places and years with a fixed seed,
 * loads the file into a plain table with the database's own bulk loader (the peer: PostgreSQL's COPY as psql's
 * \copy uses it, H2's CSVREAD), imports it with youcheng's activity import, then times the figures query for one
 * city, warm, and prints the results as lines of key=value.
 *
 * <p>Arguments: DB (an H2 directory or a jdbc:postgresql: URL) FILE ROWS PLACES YEARS
 */
public class LedgerBench {

    static final String CITY = "CN-370200"; // 青岛市: one city with a realistic share of the rows

    public static void main(String[] args) throws Exception {
        String db = args[0];
        Path file = Path.of(args[1]);
        int rows = Integer.parseInt(args[2]);
        int placeCount = Integer.parseInt(args[3]);
        int years = Integer.parseInt(args[4]);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(YouchengApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(
                        "--youcheng.db=" + db,
                        "--youcheng.load-network=false",
                        "--logging.level.org.youcheng=WARN",
                        "--logging.level.org.youcheng.io.ActivityImporter=DEBUG")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            if (!Files.exists(file)) {
                long t = System.nanoTime();
                generate(jdbc, file, rows, placeCount, years);
                out("generated_s", (System.nanoTime() - t) / 1e9);
            }
            boolean pg = db.startsWith("jdbc:postgresql:");
            out("database", pg ? "postgresql" : "h2");
            out("rows", rows);
            out("file_mb", Files.size(file) / 1048576.0);

            // the peer: the database's own bulk load of the same file into a plain table, no checks, no indexes
            jdbc.sql("drop table if exists peer_activity").update();
            long t0 = System.nanoTime();
            if (pg) {
                jdbc.sql("create table peer_activity (" + String.join(" text, ", header()) + " text)")
                        .update();
                DataSource ds = ctx.getBean(DataSource.class);
                try (Connection c = ds.getConnection();
                        Reader r = Files.newBufferedReader(file)) {
                    c.setAutoCommit(true);
                    c.unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyIn("copy peer_activity from stdin with (format csv, header true)", r);
                }
            } else {
                jdbc.sql("create table peer_activity as select * from csvread('" + file.toAbsolutePath()
                                + "', null, 'charset=UTF-8')")
                        .update();
            }
            double peer = (System.nanoTime() - t0) / 1e9;
            jdbc.sql("drop table peer_activity").update();
            out("peer_s", peer);
            out("peer_rows_per_s", rows / peer);

            ActivityImporter importer = ctx.getBean(ActivityImporter.class);
            long t1 = System.nanoTime();
            ImportReport report = LocalOperator.call(() -> importer.importFile(
                    () -> Files.newInputStream(file),
                    Format.CSV,
                    file.getFileName().toString(),
                    false));
            double imported = (System.nanoTime() - t1) / 1e9;
            if (!report.ok()) {
                System.err.println(report.text());
                System.exit(1);
            }
            out("import_s", imported);
            out("import_rows_per_s", rows / imported);
            out("import_ratio_to_peer", (rows / imported) / (rows / peer));

            long city = jdbc.sql("select id from place where code = :c")
                    .param("c", CITY)
                    .query(Long.class)
                    .single();
            out(
                    "city_activities",
                    jdbc.sql("select count(*) from activity where place_id = :p")
                            .param("p", city)
                            .query(Long.class)
                            .single());
            Ledger figures = ctx.getBean(Ledger.class);
            int last = LocalDate.now().getYear() - 1;
            query(figures, city, "year", LocalDate.of(last, 1, 1), LocalDate.of(last, 12, 31), false);
            query(figures, city, "five_years", LocalDate.of(last - 4, 1, 1), LocalDate.of(last, 12, 31), false);
            query(figures, city, "year_with_subordinates", LocalDate.of(last, 1, 1), LocalDate.of(last, 12, 31), true);
        }
    }

    /**
     * Times the query for periods of the given length, each call starting on another day (up to a year later), so
     * that no database answers from a cache of the very same query.
     */
    static void query(Ledger figures, long city, String name, LocalDate from, LocalDate to, boolean all) {
        long days = to.toEpochDay() - from.toEpochDay();
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            LocalDate f = from.minusDays(random.nextInt(365));
            figures.figures(city, f, f.plusDays(days), all);
        }
        long[] ns = new long[1000];
        for (int i = 0; i < ns.length; i++) {
            LocalDate f = from.minusDays(random.nextInt(365));
            long t = System.nanoTime();
            figures.figures(city, f, f.plusDays(days), all);
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        out(
                "figures_" + name + "_activities",
                figures.figures(city, from, to, all).activities());
        out("figures_" + name + "_p50_ms", ns[ns.length / 2] / 1e6);
        out("figures_" + name + "_p99_ms", ns[(int) (ns.length * 0.99)] / 1e6);
    }

    static List<String> header() {
        return List.of(
                "type",
                "place_code",
                "partner_codes",
                "organisations",
                "title",
                "started_on",
                "ended_on",
                "direction",
                "leader_level",
                "head_count",
                "event_kind",
                "online",
                "agreement_type",
                "domain",
                "status",
                "outcome",
                "amount",
                "currency",
                "granting_body",
                "year",
                "recipient_kind",
                "recipient");
    }

    /**
     * Activities over the first PLACES Chinese cities and counties (in code order, with the city timed among
     * them), each place weighted by a Zipf law (a few busy cities, many quiet counties), over YEARS years with
     * more activity in recent years, against foreign places of the registry.
     */
    static void generate(JdbcClient jdbc, Path file, int rows, int placeCount, int years) throws Exception {
        List<String> chinese = new ArrayList<>(
                jdbc.sql("""
                select code from place where country_code = 'CN' and level in ('prefecture', 'county', 'district')
                order by case when code = :city then 0 else 1 end, code""").param("city", CITY).query(String.class).list().subList(0, placeCount));
        List<String> foreign = jdbc.sql("""
                select code from place where country_code <> 'CN' and code like 'Q%' order by code limit 5000""").query(String.class).list();
        Random random = new Random(20261126);
        List<String> shuffled = new ArrayList<>(chinese.subList(1, chinese.size()));
        java.util.Collections.shuffle(shuffled, random);
        shuffled.add(9, CITY); // the timed city is the tenth busiest place
        double[] cumulative = new double[shuffled.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        double[] yearWeights = new double[years];
        double ysum = 0;
        for (int i = 0; i < years; i++) {
            ysum += 1 + i * 0.15;
            yearWeights[i] = ysum;
        }
        int firstYear = LocalDate.now().getYear() - years;
        String[] levels = {
            "mayor",
            "vice_mayor",
            "party_secretary",
            "council_speaker",
            "department_head",
            "other",
            "governor",
            "minister",
            "head_of_state"
        };
        String[] kinds = {
            "conference",
            "expo",
            "forum",
            "culture_week",
            "exhibition",
            "performance",
            "sports",
            "youth_camp",
            "school_exchange",
            "anniversary",
            "trade_fair",
            "other"
        };
        String[] agreements = {
            "sister_city",
            "friendship_cooperation",
            "memorandum",
            "letter_of_intent",
            "annual_plan",
            "school_partnership",
            "business_contract",
            "other"
        };
        String[] domains = {
            "trade",
            "ports",
            "industry",
            "agriculture",
            "education",
            "youth",
            "culture_tourism",
            "health",
            "ecology",
            "urban_planning",
            "water",
            "talent",
            "science",
            "media",
            "sports",
            "other"
        };
        String[] statuses = {"proposed", "ongoing", "completed", "stopped"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", header()));
            w.write('\n');
            for (int n = 0; n < rows; n++) {
                String place = shuffled.get(pick(cumulative, random.nextDouble() * sum));
                int year = firstYear + pick(yearWeights, random.nextDouble() * ysum);
                LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                String partner = foreign.get(random.nextInt(foreign.size()));
                double r = random.nextDouble();
                String[] c = new String[header().size()];
                c[1] = place;
                c[5] = start.toString();
                if (r < 0.40) {
                    c[0] = "delegation";
                    c[2] = partner;
                    c[6] = start.plusDays(random.nextInt(8)).toString();
                    c[7] = random.nextBoolean() ? "received" : "sent";
                    c[8] = levels[Math.min(levels.length - 1, (int) (-Math.log(1 - random.nextDouble()) * 2))];
                    c[9] = String.valueOf(2 + random.nextInt(25));
                } else if (r < 0.70) {
                    c[0] = "event";
                    c[2] = partner;
                    c[10] = kinds[random.nextInt(kinds.length)];
                    c[11] = random.nextDouble() < (year >= 2020 ? 0.4 : 0.05) ? "true" : "false";
                } else if (r < 0.80) {
                    c[0] = "agreement";
                    c[2] = partner;
                    c[12] = agreements[random.nextInt(agreements.length)];
                } else if (r < 0.95) {
                    c[0] = "project";
                    c[2] = random.nextDouble() < 0.8 ? partner : null;
                    c[3] = c[2] == null ? "合作机构" + random.nextInt(500) : null;
                    c[4] = "合作项目" + n;
                    c[13] = domains[random.nextInt(domains.length)];
                    c[14] = statuses[random.nextInt(statuses.length)];
                    c[15] = random.nextDouble() < 0.3 ? "成果" + n : null;
                    if (random.nextDouble() < 0.3) {
                        c[16] = String.valueOf(10_000 + random.nextInt(5_000_000));
                        c[17] = "CNY";
                    }
                } else {
                    c[0] = "award";
                    c[4] = random.nextBoolean() ? "交流合作奖" : "特别贡献奖";
                    c[5] = null;
                    c[18] = "中国国际友好城市联合会";
                    c[19] = String.valueOf(year);
                    c[20] = "place";
                    c[21] = "本市";
                }
                for (int i = 0; i < c.length; i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    if (c[i] != null) {
                        w.write(c[i]);
                    }
                }
                w.write('\n');
            }
        }
    }

    static int pick(double[] cumulative, double x) {
        int i = Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    static void out(String key, Object value) {
        System.out.println(
                key + "=" + (value instanceof Double d ? String.format(java.util.Locale.ROOT, "%.3f", d) : value));
    }
}
