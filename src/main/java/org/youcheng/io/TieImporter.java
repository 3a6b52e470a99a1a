package org.youcheng.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.youcheng.io.csv.CsvTieReader;
import org.youcheng.io.xlsx.XlsxTieReader;
import org.youcheng.registry.CountryRepository;
import org.youcheng.registry.GazetteerRepository;
import org.youcheng.registry.PlaceRepository;
import org.youcheng.registry.TieBulkRepository;
import org.youcheng.system.YouchengProperties;

/**
 * Imports a tie table whole or not at all. The first pass reads the file as a stream and checks every row
 * (names resolved, kinds, dates, duplicates), collecting every problem; only a file without one gets the
 * second pass, which reads it again and writes in one transaction: new foreign places, new ties, changed
 * ties. Memory grows with the registry and the distinct names, not with the file.
 */
@Service
public class TieImporter {

    private static final int BATCH = 5_000;

    /** Opens the file afresh for each pass. */
    @FunctionalInterface
    public interface FileOpener {
        InputStream open() throws IOException;
    }

    private final GazetteerRepository gazetteers;
    private final PlaceRepository places;
    private final TieBulkRepository bulk;
    private final CountryRepository countries;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final YouchengProperties.Imports limits;

    TieImporter(GazetteerRepository gazetteers, PlaceRepository places, TieBulkRepository bulk,
                CountryRepository countries, TransactionTemplate tx, Clock clock, YouchengProperties properties) {
        this.gazetteers = gazetteers;
        this.places = places;
        this.bulk = bulk;
        this.countries = countries;
        this.tx = tx;
        this.clock = clock;
        this.limits = properties.imports();
    }

    public ImportReport importFile(FileOpener file, Format format, String fileName, boolean dryRun) throws IOException {
        TieRowSource source = switch (format) {
            case CSV -> new CsvTieReader();
            case XLSX -> new XlsxTieReader();
            default -> throw new BadFileException("import reads csv and xlsx, not " + format.extension());
        };
        ImportCheck check = new ImportCheck(new RowChecker(gazetteers.load(), countries.all(), bulk.liveSisters(),
                LocalDate.now(clock)), limits);
        try (InputStream in = file.open()) {
            source.read(in, check::accept);
        } catch (BadFileException e) {
            check.fileProblem(e.getMessage());
        }
        if (!check.ok() || check.rows() == 0) {
            if (check.ok()) {
                check.fileProblem("the file has a header but no rows");
            }
            return check.report(fileName, dryRun, false, null);
        }
        if (dryRun) {
            ImportWrite plan = new ImportWrite(check, bulk, BATCH, true);
            try (InputStream in = file.open()) {
                source.read(in, plan::accept);
            }
            plan.flush();
            return plan.report(fileName, null);
        }
        return tx.execute(status -> {
            Instant now = clock.instant();
            long run = bulk.startRun(fileName, format.extension(), now);
            check.createPlaces(places, now);
            ImportWrite write = new ImportWrite(check, bulk, BATCH, false);
            write.onFlush((inserts, updates, statusChanges) -> {
                bulk.insert(inserts, run, now);
                bulk.update(updates, run, now);
                bulk.addStatus(statusChanges, run, now);
            });
            try (InputStream in = file.open()) {
                source.read(in, write::accept);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            write.flush();
            bulk.addStatusOfNew(run);
            bulk.finishRun(run, clock.instant(), write.added(), write.updated(), write.unchanged(),
                    check.placesToCreate());
            return write.report(fileName, run);
        });
    }
}
