package org.youcheng.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.youcheng.registry.PlaceRepository;
import org.youcheng.registry.TieBulkRepository;
import org.youcheng.registry.TieDraft;
import org.youcheng.system.YouchengProperties;

/**
 * The first pass of an import: every row checked, every problem kept (the first ones listed, all counted),
 * pairs that occur twice caught, and the places to create gathered.
 */
final class ImportCheck {

    private final RowChecker checker;
    private final YouchengProperties.Imports limits;
    private final List<RowProblem> errors = new ArrayList<>();
    private final List<RowProblem> warnings = new ArrayList<>();
    private long errorCount;
    private long warningCount;
    private long rows;
    private final PairIndex rowOfPair = new PairIndex();
    private final Map<Long, Long> createdIds = new HashMap<>();
    private boolean tooMany;

    ImportCheck(RowChecker checker, YouchengProperties.Imports limits) {
        this.checker = checker;
        this.limits = limits;
    }

    void accept(TieRow row) {
        if (row.blank() || tooMany) {
            return;
        }
        if (++rows > limits.maxRows()) {
            tooMany = true;
            fileProblem("more than " + limits.maxRows() + " rows (youcheng.imports.max-rows); split the file");
            return;
        }
        RowChecker.Checked c = checker.check(row);
        c.problems().forEach(this::error);
        c.warnings().forEach(this::warning);
        TieDraft d = c.draft();
        if (d != null) {
            long first = rowOfPair.putIfAbsent(TieBulkRepository.pairKey(d.domesticId(), d.partnerId()), row.number());
            if (first != 0) {
                error(new RowProblem(row.number(), Column.PARTNER.header(), row.get(Column.PARTNER),
                        "the same pair as row " + first + ": one tie per pair"));
            }
        }
    }

    RowChecker checker() {
        return checker;
    }

    void fileProblem(String reason) {
        error(new RowProblem(0, null, null, reason));
    }

    private void error(RowProblem p) {
        errorCount++;
        if (errors.size() < limits.reportedErrors()) {
            errors.add(p);
        }
    }

    private void warning(RowProblem p) {
        warningCount++;
        if (warnings.size() < limits.reportedErrors()) {
            warnings.add(p);
        }
    }

    boolean ok() {
        return errorCount == 0;
    }

    long rows() {
        return rows;
    }

    int placesToCreate() {
        return checker.pending().size();
    }

    /** Creates the pending foreign places (flagged for review) and remembers their ids. */
    void createPlaces(PlaceRepository places, Instant now) {
        for (RowChecker.Pending p : checker.pending().values()) {
            boolean han = org.youcheng.registry.Names.hasHan(p.name());
            long id = places.insert("YC-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                    han ? p.name() : null, han ? null : p.name(), p.level(), p.country(), null, true, "import",
                    now, List.of(p.name()));
            createdIds.put(p.tempId(), id);
        }
    }

    /** The real id of a place: itself, or the created place a pending id stands for. */
    long realId(long id) {
        return id >= 0 ? id : createdIds.getOrDefault(id, id);
    }

    ImportReport report(String file, boolean dryRun, boolean committed, Long importId) {
        return new ImportReport(file, dryRun, committed, rows, 0, 0, 0, placesToCreate(), errorCount,
                List.copyOf(errors), warningCount, List.copyOf(warnings), List.of(), List.of(), importId);
    }

    long warningCount() {
        return warningCount;
    }

    List<RowProblem> warnings() {
        return warnings;
    }
}
