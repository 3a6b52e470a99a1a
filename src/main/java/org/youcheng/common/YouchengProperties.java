package org.youcheng.common;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every youcheng setting, under {@code youcheng.*} (application.properties documents each one).
 *
 * @param db          where the data lives: a directory for the embedded H2 database, or a jdbc:postgresql: URL
 * @param dbUser      PostgreSQL user, when the URL does not name one
 * @param dbPassword  PostgreSQL password, when the URL does not carry one
 * @param loadNetwork load the bundled Wikidata twin network into a registry that has no ties yet
 * @param seed        start a new H2 directory from the seed database built into the jar (reference data loaded)
 * @param imports     limits on imported files
 * @param api         limits on the JSON API
 * @param ranking     the weights of the friendship-interaction index (docs/ranking.md)
 * @param report      how year-end reports are drawn
 * @param security    sign-in throttling, passwords and API tokens
 * @param ledger      the exchange ledger
 * @param approval    who may record a formal tie signed outside the approval path
 * @param graph       how much graph work (the network's metrics) runs at once, and how long a request waits for it
 * @param recheck     how often the copies held in memory (place search's names and tie counts, the network's ties)
 *                    look whether their tables changed; a change made anywhere shows in them within this time
 */
@ConfigurationProperties("youcheng")
public record YouchengProperties(
        @DefaultValue("./data") String db,
        String dbUser,
        String dbPassword,
        @DefaultValue("false") boolean loadNetwork,
        @DefaultValue("true") boolean seed,
        @DefaultValue Imports imports,
        @DefaultValue Api api,
        @DefaultValue Ranking ranking,
        @DefaultValue Report report,
        @DefaultValue Security security,
        @DefaultValue Ledger ledger,
        @DefaultValue Approval approval,
        @DefaultValue Graph graph,
        @DefaultValue("1s") java.time.Duration recheck) {

    /**
     * @param signedRecords who may record a sister or partner tie that was signed outside the approval path (before
     *                      the registry kept ties), with its source document: {@code admin} (default) or
     *                      {@code editor} (an editor too, within its scope). A new formal tie goes through the path.
     */
    public record Approval(@DefaultValue("admin") String signedRecords) {
        public Approval {
            if (!signedRecords.equals("admin") && !signedRecords.equals("editor")) {
                throw new IllegalArgumentException(
                        "youcheng.approval.signed-records must be admin or editor, not " + signedRecords);
            }
        }

        /** Whether an editor (in its scope) may record a formal tie signed outside the path. */
        public boolean editorsRecordSigned() {
            return signedRecords.equals("editor");
        }
    }

    /**
     * @param dormantAfterYears a live tie with no activity (nor a signing) for this many years is dormant
     * @param maxFileMb         size of one file attached to an activity, in MiB
     */
    public record Ledger(
            @DefaultValue("3") int dormantAfterYears,
            @DefaultValue("20") int maxFileMb) {}

    /**
     * @param maxRows       rows one file may hold
     * @param maxUploadMb   size of one uploaded file, in MiB (the command line reads files of any size)
     * @param reportedErrors bad rows listed one by one in a report; the rest are counted
     * @param maxXlsxUnpackedMb what the parts of one .xlsx may unpack to in all, in MiB (zip-bomb guard)
     * @param maxXlsxRatio   how many times its packed size one .xlsx part may unpack to (zip-bomb guard)
     * @param sortedRunRows  rows an import into H2 holds, sorts by index key and writes at a time
     */
    public record Imports(
            @DefaultValue("5000000") int maxRows,
            @DefaultValue("10") int maxUploadMb,
            @DefaultValue("1000") int reportedErrors,
            @DefaultValue("1024") int maxXlsxUnpackedMb,
            @DefaultValue("100") int maxXlsxRatio,
            @DefaultValue("100000") int sortedRunRows) {
        public Imports {
            if (sortedRunRows < 1) {
                throw new IllegalArgumentException("youcheng.imports.sorted-run-rows must be 1 or more");
            }
        }

        /** {@link #maxUploadMb} in bytes. */
        public long maxUploadBytes() {
            return maxUploadMb * 1024L * 1024L;
        }
    }

    /** @param maxBodyBytes size of a JSON request body (file uploads have their own limit, maxUploadMb) */
    public record Api(@DefaultValue("65536") long maxBodyBytes) {}

    /**
     * Weights of the five dimensions of the ranking; they need not sum to 1 (the index divides by the sum of the
     * weights of the dimensions it has data for).
     *
     * @param recentYears      frequency: the activities of the last this many years (the ranked one included) are
     *                         also counted per year apart, so they weigh double
     * @param minPlacesWithData a dimension fewer places of the peer set have any data for is "no data" and left out
     *                         of the index (its weight spread over the others): with one place there is nothing to
     *                         compare
     */
    public record Ranking(
            @DefaultValue("0.15") double length,
            @DefaultValue("0.25") double breadth,
            @DefaultValue("0.2") double depth,
            @DefaultValue("0.2") double heat,
            @DefaultValue("0.2") double frequency,
            @DefaultValue("3") int recentYears,
            @DefaultValue("2") int minPlacesWithData) {
        public Ranking {
            if (recentYears < 1) {
                throw new IllegalArgumentException("youcheng.ranking.recent-years must be 1 or more");
            }
            if (minPlacesWithData < 1) {
                throw new IllegalArgumentException("youcheng.ranking.min-places-with-data must be 1 or more");
            }
            for (double w : new double[] {length, breadth, depth, heat, frequency}) {
                if (w < 0 || Double.isNaN(w)) {
                    throw new IllegalArgumentException("youcheng.ranking weights must be 0 or more, not " + w);
                }
            }
        }
    }

    /**
     * @param font      a TrueType font with Chinese characters, embedded in PDF reports and used for their charts
     *                  (Debian's fonts-droid-fallback by default: Apache-2.0)
     * @param latinFont a TrueType font with the Latin, Greek and Cyrillic letters of partners' names with every
     *                  accent (Iași, Łódź, Nizhny Novgorod): tried before the Chinese one, which lacks them (Debian's
     *                  fonts-dejavu-core by default: a free licence, Bitstream Vera's)
     */
    public record Report(
            @DefaultValue("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
            String font,

            @DefaultValue("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
            String latinFont) {}

    /**
     * @param failuresBeforeDelay           failed sign-ins for one account name that cost nothing; after them each
     *                                      further attempt for the name waits (docs/security.md)
     * @param failuresBeforeDelayPerAddress the same for one network address (the client's, {@code trustedProxies})
     * @param firstDelaySeconds             the first wait; it doubles with each further failure
     * @param maxDelaySeconds               the longest wait: no account or address is ever locked out for longer
     * @param failureMemoryMinutes          how long a failure is remembered after the last one of its name or address
     * @param trustedProxies                addresses of reverse proxies (such as 127.0.0.1 for nginx on the same
     *                                      machine) whose X-Forwarded-For and X-Forwarded-Proto are believed; from
     *                                      any other peer those headers are ignored. None by default
     * @param minPasswordLength             the shortest password an account may have
     * @param tokenDays                     how long an API token lasts when no other length is asked for
     * @param maxTokenDays                  the longest an API token may last
     */
    public record Security(
            @DefaultValue("5") int failuresBeforeDelay,
            @DefaultValue("20") int failuresBeforeDelayPerAddress,
            @DefaultValue("1") int firstDelaySeconds,
            @DefaultValue("60") int maxDelaySeconds,
            @DefaultValue("15") int failureMemoryMinutes,
            @DefaultValue List<String> trustedProxies,
            @DefaultValue("10") int minPasswordLength,
            @DefaultValue("90") int tokenDays,
            @DefaultValue("365") int maxTokenDays) {
        public Security {
            if (firstDelaySeconds < 1 || maxDelaySeconds < firstDelaySeconds) {
                throw new IllegalArgumentException("youcheng.security.first-delay-seconds must be at least 1 and "
                        + "max-delay-seconds at least as long, not " + firstDelaySeconds + " and " + maxDelaySeconds);
            }
            if (failuresBeforeDelay < 0 || failuresBeforeDelayPerAddress < 0 || failureMemoryMinutes < 1) {
                throw new IllegalArgumentException("youcheng.security.failures-before-delay(-per-address) must not be "
                        + "negative and failure-memory-minutes must be at least 1");
            }
            trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        }
    }

    /**
     * @param workers           graph computations (a graph read from the ties, or its metrics) that run at once; each
     *                          may itself use every core
     * @param queue             distinct computations running or waiting at once; one more is refused (503 with
     *                          Retry-After) instead of piling up
     * @param waitSeconds       how long a request waits for its computation before it is answered 503; the work stops
     *                          when no request waits for it any more (0: wait as long as it takes, for the command line)
     * @param retryAfterSeconds the Retry-After of a refused request
     * @param keptFilters       graphs of distinct filters kept with their metrics, besides the one of all the ties
     */
    public record Graph(
            @DefaultValue("1") int workers,
            @DefaultValue("4") int queue,
            @DefaultValue("60") int waitSeconds,
            @DefaultValue("10") int retryAfterSeconds,
            @DefaultValue("8") int keptFilters) {
        public Graph {
            if (workers < 1 || queue < workers) {
                throw new IllegalArgumentException(
                        "youcheng.graph.workers must be 1 or more and queue at least workers");
            }
            if (waitSeconds < 0 || retryAfterSeconds < 1 || keptFilters < 1) {
                throw new IllegalArgumentException(
                        "youcheng.graph.wait-seconds must be 0 or more, retry-after-seconds and kept-filters 1 or more");
            }
        }
    }
}
