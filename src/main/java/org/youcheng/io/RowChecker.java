package org.youcheng.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Country;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;
import org.youcheng.registry.PlaceMending;
import org.youcheng.registry.PlaceResolver;
import org.youcheng.registry.ResolverNote;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieOrientation;
import org.youcheng.registry.TieRules;
import org.youcheng.registry.TieStatus;

/**
 * Checks one row of a tie file and turns it into a {@link TieDraft}: kind, dates and status parsed, both places
 * resolved (names are resolved once per file, then cached). An unknown foreign place gets a negative stand-in id
 * here; the writing side creates it (see {@link #pending(long)}).
 */
final class RowChecker {

    static final int MAX_SOURCE = 1000;
    static final int MAX_NOTE = 2000;

    /** A row's outcome: the draft, or the problems that stop it; warnings either way. */
    record Checked(TieDraft draft, List<RowProblem> problems, List<RowProblem> warnings) {}

    /** A foreign place the file names and the registry lacks, under its (negative) stand-in id. */
    record Pending(long id, String name, String country, Level level, long firstRow) {}

    private final Gazetteer gazetteer;
    private final TieParties parties;
    private final Map<String, Country> countries;
    private final Map<Long, List<Long>> liveSisters;
    private final LocalDate today;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Map<Long, Long> sistersInFile = new HashMap<>();
    /**
     * The English of each resolver note said so far, by the note's identity: a resolution is cached per name, so
     * its note is one object for every row that names the place, and its sentences (MessageFormat) were built
     * again for every such row, a tenth of the check of a large file (bench/README.md).
     */
    private final Map<List<ResolverNote>, String> said = new IdentityHashMap<>();

    /** Read by the writing thread while this one adds to it. */
    private final Map<Long, Pending> pendingById = new java.util.concurrent.ConcurrentHashMap<>();

    RowChecker(
            Gazetteer gazetteer, Map<String, Country> countries, Map<Long, List<Long>> liveSisters, LocalDate today) {
        this.gazetteer = gazetteer;
        this.parties = new TieParties(gazetteer);
        this.countries = countries;
        this.liveSisters = liveSisters;
        this.today = today;
    }

    Map<String, Pending> pending() {
        return pending;
    }

    /** The place a stand-in id stands for. */
    Pending pending(long standIn) {
        return pendingById.get(standIn);
    }

    Checked check(TieRow row) {
        List<RowProblem> problems = new ArrayList<>(0);
        List<RowProblem> warnings = new ArrayList<>(0);
        long n = row.number();

        TieKind kind = null;
        String kindText = row.get(Column.KIND);
        if (kindText == null) {
            problems.add(
                    RowProblem.coded(n, Column.KIND.header(), null, "required", "empty; use " + TieKind.accepted()));
        } else {
            // an export writes reference ties as unverified; reading them back must change nothing (ImportWrite)
            kind = TieKind.parse(kindText)
                    .or(() -> TieKind.parseUnverified(kindText))
                    .orElse(null);
            if (kind == null) {
                problems.add(RowProblem.coded(
                        n, Column.KIND.header(), kindText, "unknown_kind", "unknown kind; use " + TieKind.accepted()));
            }
        }
        PartialDate signed = null;
        String signedText = row.get(Column.SIGNED);
        if (signedText != null) {
            try {
                signed = PartialDate.parse(signedText);
                if (TieRules.signedInFuture(signed, today)) {
                    problems.add(RowProblem.coded(
                            n, Column.SIGNED.header(), signedText, "signed_in_future", "a signing date in the future"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(
                        RowProblem.coded(n, Column.SIGNED.header(), signedText, "bad_partial_date", e.getMessage()));
            }
        }
        TieStatus status = TieStatus.ACTIVE;
        String statusText = row.get(Column.STATUS);
        if (statusText != null) {
            status = TieStatus.parse(statusText).orElse(null);
            if (status == null) {
                problems.add(RowProblem.coded(
                        n,
                        Column.STATUS.header(),
                        statusText,
                        "unknown_status",
                        "unknown status; use " + TieStatus.accepted()));
            }
        }
        String source = row.get(Column.SOURCE);
        String note = row.get(Column.NOTE);
        tooLong(problems, n, Column.SOURCE, source, MAX_SOURCE);
        tooLong(problems, n, Column.NOTE, note, MAX_NOTE);

        Gazetteer.Entry domestic = parties.domestic(row, problems);
        long partnerId = 0;
        Level partnerLevel = null;
        boolean partnerChinese = false;
        String partnerCountry = null;
        PlaceResolver.Resolution partner = parties.partner(row, domestic, problems);
        if (partner != null && partner.ok()) {
            if (!partner.notes().isEmpty()) {
                List<ResolverNote> partnerNote = partner.notes();
                warnings.add(RowProblem.resolverNote(
                        n,
                        Column.PARTNER.header(),
                        row.get(Column.PARTNER),
                        partnerNote,
                        said.computeIfAbsent(partnerNote, ResolverNote::english)));
            }
            if (partner.isNew() && tooLongForANewPlace(partner.newName())) {
                problems.add(RowProblem.coded(
                        n,
                        Column.PARTNER.header(),
                        row.get(Column.PARTNER).substring(0, 40) + "…",
                        "new_name_too_long",
                        "a new place's name is longer than " + PlaceMending.MAX_NAME + " characters",
                        PlaceMending.MAX_NAME));
            } else if (partner.isNew()) {
                Pending p = pending.computeIfAbsent(partner.country() + "|" + Names.key(partner.newName()), k -> {
                    Pending made = new Pending(
                            -(pending.size() + 1L), partner.newName(), partner.country(), partner.newLevel(), n);
                    pendingById.put(made.id(), made);
                    return made;
                });
                partnerId = p.id();
                partnerLevel = p.level();
                partnerCountry = p.country();
                if (p.firstRow() == n) {
                    warnings.add(RowProblem.coded(
                            n,
                            Column.PARTNER.header(),
                            row.get(Column.PARTNER),
                            "new_place",
                            "not in the registry: a new place " + p.name() + " (" + p.country() + ", "
                                    + p.level().en() + ") is created and flagged for review",
                            p.name(),
                            p.country(),
                            p.level().zh()));
                }
            } else {
                partnerId = partner.place().id();
                partnerLevel = partner.place().level();
                partnerCountry = partner.place().country();
                partnerChinese = "CN".equals(partnerCountry);
            }
        }
        if (!problems.isEmpty() || domestic == null || kind == null || status == null) {
            return new Checked(null, problems, warnings);
        }
        boolean domesticChinese = "CN".equals(domestic.country());
        long[] pair = TieOrientation.orient(domestic.id(), domesticChinese, partnerId, partnerChinese);
        if (pair[0] == pair[1]) {
            problems.add(RowProblem.coded(
                    n,
                    Column.PARTNER.header(),
                    row.get(Column.PARTNER),
                    "self_tie",
                    "the partner is the Chinese side itself"));
            return new Checked(null, problems, warnings);
        }
        TieDraft draft = new TieDraft(pair[0], pair[1], kind, signed, status, null, null, source, note);
        if (domesticChinese) {
            rules(n, draft, domestic, partnerLevel, partnerChinese, partnerCountry, warnings);
        }
        return new Checked(draft, problems, warnings);
    }

    private void rules(
            long n,
            TieDraft d,
            Gazetteer.Entry domestic,
            Level partnerLevel,
            boolean partnerChinese,
            String partnerCountry,
            List<RowProblem> warnings) {
        List<String> otherSisters = new ArrayList<>(0);
        if (d.kind() == TieKind.SISTER && d.status() != TieStatus.ENDED) {
            for (long other : liveSisters.getOrDefault(d.partnerId(), List.of())) {
                if (other != domestic.id()) {
                    otherSisters.add(gazetteer.get(other).name());
                }
            }
            Long inFile = sistersInFile.putIfAbsent(d.partnerId(), domestic.id());
            if (inFile != null && inFile != domestic.id()) {
                otherSisters.add(gazetteer.get(inFile).name());
            }
        }
        TieRules.check(
                        d.kind(),
                        domestic.level(),
                        TieRules.municipality(domestic.level(), domestic.nameZh()),
                        true,
                        partnerLevel,
                        partnerChinese,
                        partnerChinese ? null : countries.get(partnerCountry),
                        otherSisters)
                .forEach(w -> warnings.add(
                        new RowProblem(n, null, null, w.code() + ": " + w.message(), w.code(), List.of())));
    }

    /** The registry keeps a name and its search key in columns of {@link PlaceMending#MAX_NAME} characters. */
    private static boolean tooLongForANewPlace(String name) {
        return name.length() > PlaceMending.MAX_NAME || Names.key(name).length() > PlaceMending.MAX_NAME;
    }

    private static void tooLong(List<RowProblem> problems, long n, Column c, String v, int max) {
        if (v != null && v.length() > max) {
            problems.add(RowProblem.coded(
                    n, c.header(), v.substring(0, 40) + "…", "longer_than", "longer than " + max + " characters", max));
        }
    }
}
