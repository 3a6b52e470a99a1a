import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youcheng.YouchengApplication;
import org.youcheng.common.Tsv;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Names;
import org.youcheng.registry.PlaceResolver;
import org.youcheng.registry.Places;

/**
 * The resolution benchmark (see bench/resolve/README.md): resolves every row of a name set the way the tie import does
 * (the Chinese side first, then the partner with it as context) on a database seeded with the bundled reference data,
 * and prints the accuracy and every miss with what was chosen and the resolver's note.
 *
 *   java ResolveBench DB FILE.tsv... [--network]
 *
 * Several sets are resolved in one run (one start-up: the whole list in about 20 s), each reported on its own, then
 * all together.
 *
 * With --network the bundled Wikidata twin network is loaded first, as `serve` does: the database an office imports
 * into, where a domestic side's existing (reference) ties help decide between places of one name.
 */
public class ResolveBench {

    public static void main(String[] args) throws Exception {
        boolean network = List.of(args).contains("--network");
        List<Path> sets = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].equals("--network")) {
                sets.add(Path.of(args[i]));
            }
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(YouchengApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--youcheng.db=" + args[0], "--youcheng.load-network=" + network)) {
            Gazetteer g = ctx.getBean(Places.class).gazetteer();
            JdbcClient db = ctx.getBean(JdbcClient.class);
            PlaceResolver resolver = new PlaceResolver(g);
            int right = 0;
            int names = 0;
            for (Path set : sets) {
                int[] counts = resolve(set, resolver, db);
                right += counts[0];
                names += counts[1];
            }
            if (sets.size() > 1) {
                System.out.printf(
                        Locale.ROOT,
                        "all %d sets: %d of %d right (%.1f %%)%n",
                        sets.size(),
                        right,
                        names,
                        100.0 * right / names);
            }
        }
    }

    /** Resolves one set, prints its accuracy, misses and time; returns {right, names}. */
    static int[] resolve(Path set, PlaceResolver resolver, JdbcClient db) throws java.io.IOException {
        List<String[]> rows = Tsv.read(set);
        int right = 0;
        List<String> misses = new ArrayList<>();
        long started = System.nanoTime();
        long judging = 0;
        for (String[] r : rows) {
            String name = r[0];
            String country = r[1].isBlank() ? null : r[1];
            PlaceResolver.Resolution domestic = resolver.domestic(r[2]);
            PlaceResolver.Resolution p = resolver.partner(name, country, domestic.ok() ? domestic.place() : null);
            long judged = System.nanoTime();
            String verdict = judge(db, p, r[3], r[4], r[5]);
            judging += System.nanoTime() - judged;
            if (verdict == null) {
                right++;
            } else {
                misses.add(String.format(
                        "  %s [%s] (%s) → %s; gold %s %s %s%s",
                        name,
                        r[1],
                        r[2],
                        verdict,
                        r[3],
                        r[4],
                        r[5],
                        p.note() == null ? "" : "\n      note: " + p.note()));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d of %d right (%.1f %%)%n",
                set.getFileName(),
                right,
                rows.size(),
                100.0 * right / rows.size());
        misses.forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "resolved %d names in %d ms (the gazetteer loaded, the judging left out)%n",
                rows.size(),
                (System.nanoTime() - started - judging) / 1_000_000);
        return new int[] {right, rows.size()};
    }

    /**
     * Null when the resolution is the gold place, else what it was. The gold place is named by its English name, or
     * by several English names or Wikidata ids separated by '|' (Q1391): the chosen place is right when it is in the
     * gold country at the gold level and one of them is its Wikidata id or one of its names (any alias, not only the
     * name shown).
     */
    static String judge(
            JdbcClient db, PlaceResolver.Resolution p, String goldEn, String goldCountry, String goldLevel) {
        if (!p.ok()) {
            return "error: " + p.error();
        }
        if (p.isNew()) {
            return "new place " + p.newName() + " (" + p.country() + ", "
                    + p.newLevel().en() + ")";
        }
        Gazetteer.Entry e = p.place();
        String chosen = e.name() + " / " + e.nameEn() + " (" + e.country() + ", "
                + e.level().en() + ", id " + e.id() + ")";
        List<String> keys = db.sql("select name_key from place_name where place_id = :id")
                .param("id", e.id())
                .query(String.class)
                .list();
        List<String> qids = db.sql("select qid from wikidata_place where place_id = :id")
                .param("id", e.id())
                .query(String.class)
                .list();
        boolean name = false;
        List<String> golds = new ArrayList<>();
        for (String gold : goldEn.split("\\|")) {
            golds.add(gold.strip());
            golds.addAll(bare(db, gold.strip(), goldCountry));
        }
        for (String g : golds) {
            name |= g.matches("Q\\d+")
                    ? qids.contains(g)
                    : keys.contains(Names.key(g))
                            || (e.nameEn() != null && Names.key(e.nameEn()).equals(Names.key(g)));
        }
        for (String gold : goldEn.split("\\|")) {
            name |= inWrittenRegion(db, e, gold.strip());
        }
        boolean level = switch (goldLevel) {
            case "province" -> e.level().code().equals("province");
            case "city" -> !e.level().code().equals("province");
            default -> true;
        };
        return name && level && e.country().equals(goldCountry) ? null : chosen;
    }

    /** A kind of first-level division or city, as Wikipedia's titles add it in brackets (Victoria (state)). */
    private static final java.util.regex.Pattern KIND_IN_BRACKETS = java.util.regex.Pattern.compile(
            "^(.+?) \\(((?:\\p{L}+ )?(?:state|province|region|prefecture|city|town|municipality)|([^()]+))\\)$");

    /**
     * The gold's name without what an English Wikipedia title adds to tell namesakes apart, when that is no place of
     * its own: a kind in brackets (Victoria (state), Amazonas (Brazilian state)), the gold country in brackets or after
     * a comma (Federal District (Brazil), Colón, Panama), and a republic's form (Republic of Karelia). The chosen place
     * must still be in the gold country at the gold level; a county or district in brackets is another place and stays.
     */
    static List<String> bare(JdbcClient db, String gold, String goldCountry) {
        List<String> bare = new ArrayList<>();
        java.util.regex.Matcher m = KIND_IN_BRACKETS.matcher(gold);
        if (m.matches() && (m.group(3) == null || isCountry(db, m.group(3), goldCountry))) {
            bare.add(m.group(1));
        }
        int comma = gold.lastIndexOf(", ");
        if (comma > 0 && isCountry(db, gold.substring(comma + 2), goldCountry)) {
            bare.add(gold.substring(0, comma));
        }
        if (gold.startsWith("Republic of ")) {
            bare.add(gold.substring("Republic of ".length()));
        }
        return bare;
    }

    private static boolean isCountry(JdbcClient db, String text, String code) {
        return db.sql("select count(*) from country_alias where alias_key = :k and country_code = :c")
                        .param("k", Names.key(text))
                        .param("c", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * A gold written as English Wikipedia titles it, with its region after a comma (Tucson, Arizona): the chosen place
     * bears the name and lies in the region, or its region is not known and the gazetteer holds no place of the name
     * in that region that it should have chosen instead.
     */
    static boolean inWrittenRegion(JdbcClient db, Gazetteer.Entry e, String gold) {
        int comma = gold.indexOf(", ");
        if (comma <= 0 || gold.matches("Q\\d+")) {
            return false;
        }
        String base = Names.key(gold.substring(0, comma));
        String region = Names.key(gold.substring(comma + 2));
        if (!namesOf(db, e.id()).contains(base)) {
            return false;
        }
        if (regionKeys(db, e.id()).contains(region)) {
            return true;
        }
        if (parentOf(db, e.id()) != null) {
            return false;
        }
        List<Long> namesakes = db.sql("select distinct n.place_id from place_name n join place p on p.id = n.place_id"
                        + " where n.name_key = :k and p.country_code = :c and p.id <> :id")
                .param("k", base)
                .param("c", e.country())
                .param("id", e.id())
                .query(Long.class)
                .list();
        return namesakes.stream().noneMatch(id -> regionKeys(db, id).contains(region));
    }

    private static List<String> namesOf(JdbcClient db, long id) {
        List<String> keys = new ArrayList<>(db.sql("select name_key from place_name where place_id = :id")
                .param("id", id)
                .query(String.class)
                .list());
        db.sql("select name_en from place where id = :id and name_en is not null")
                .param("id", id)
                .query(String.class)
                .optional()
                .ifPresent(en -> {
                    keys.add(Names.key(en));
                    // Ibaraki Prefecture is the Ibaraki of a title written "Tsukuba, Ibaraki"
                    keys.add(Names.key(en.replaceFirst(
                            " (?:Prefecture|Province|Oblast|State|County|Region|Governorate|Department)$", "")));
                });
        return keys;
    }

    /** The name keys of every place above the place (its county, its state, …). */
    private static List<String> regionKeys(JdbcClient db, long id) {
        List<String> keys = new ArrayList<>();
        Long up = parentOf(db, id);
        for (int depth = 0; up != null && depth < 6; depth++) {
            keys.addAll(namesOf(db, up));
            up = parentOf(db, up);
        }
        return keys;
    }

    private static Long parentOf(JdbcClient db, long id) {
        return db.sql("select parent_id from place where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
