package kumo.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import kumo.adapters.persistence.JooqStoreOpener;
import kumo.application.assess.AssessService;
import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.Actor;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.AssessmentQuery;
import kumo.application.records.NewAssessment;
import kumo.application.records.PageRequest;
import kumo.application.records.port.out.Store;
import kumo.application.records.service.AssessmentIndexer;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * The store's benchmark (issue 3), not a JMH benchmark: one long run, reported as ratios to baselines
 * measured in the same run.
 *
 * <ol>
 *   <li><b>Storing.</b> kumo records N assessments into a new SQLite store in batches of {@value #BATCH}
 *       ({@code Store#recordAssessments}, one transaction per batch, as a batch run or a bulk load does): every
 *       result compressed and hashed, the derived rows written, every audit event chained. The baseline is the {@code sqlite3} command-line tool importing the very same rows: the
 *       store is dumped with {@code sqlite3 .dump} (not timed) and the dump read into a new file (timed).
 *       Ratio = baseline seconds / kumo seconds; target ≥ {@value #STORE_TARGET}.</li>
 *   <li><b>Listing.</b> On the N stored assessments, pages of 50 filtered by verdict (first, middle and
 *       last pages, with the total count), through the store. Target: under {@value #PAGE_TARGET_MS} ms
 *       per page; the ratio to the same page read by one plain JDBC query is printed beside it.</li>
 * </ol>
 *
 * Rows are the example requests of {@code docs/examples} assessed once each and recorded in turn for
 * 1,000 systems: every row is compressed and hashed on its own, as in use. Arguments: {@code --rows N}
 * (default 100000), {@code --smoke} (2,000 rows; reports, never fails), {@code --dir PATH} (default
 * {@code target/bench-store}). Needs {@code sqlite3} on the PATH. Exit 1 when a target is missed (not in
 * smoke mode).
 */
public final class StoreBenchmark {

    static final double STORE_TARGET = 0.3;
    static final double PAGE_TARGET_MS = 50.0;
    static final int PAGE_SIZE = 50;
    static final int SYSTEMS = 1000;
    static final int BATCH = 1000;
    static final Instant START = Instant.parse("2026-12-04T00:00:00Z");

    private StoreBenchmark() {
    }

    /** Flyway and jOOQ log through java.util.logging here: kept at warnings (held, so not collected). */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.flywaydb"), java.util.logging.Logger.getLogger("org.jooq"));

    public static void main(String[] args) throws Exception {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
        List<String> argv = Arrays.asList(args);
        boolean smoke = argv.contains("--smoke");
        int rows = Integer.parseInt(option(argv, "--rows", smoke ? "2000" : "100000"));
        Path dir = Path.of(option(argv, "--dir", "target/bench-store"));
        Path examples = Path.of(option(argv, "--examples", "docs/examples"));
        deleteTree(dir);
        Files.createDirectories(dir);

        List<Template> templates = templates(examples);
        System.out.printf(Locale.ROOT, "store benchmark: %,d assessments from %d example requests, %d systems%n",
                rows, templates.size(), Math.min(SYSTEMS, rows));

        Path kumoDb = dir.resolve("kumo.db");
        double kumoSeconds = storeWithKumo(kumoDb, templates, rows);
        double baselineSeconds = importWithSqlite3(kumoDb, dir);
        double storeRatio = baselineSeconds / kumoSeconds;
        long bytes = Files.size(kumoDb);

        System.out.println();
        System.out.println("storing                          seconds   rows/s     ratio");
        System.out.printf(Locale.ROOT, "sqlite3 .read of the dump   %10.2f %8.0f      1.00%n", baselineSeconds,
                rows / baselineSeconds);
        System.out.printf(Locale.ROOT, "kumo recordAssessments      %10.2f %8.0f %9.2f  (target >= %.1f: %s)%n",
                kumoSeconds, rows / kumoSeconds, storeRatio, STORE_TARGET, storeRatio >= STORE_TARGET ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "store file: %,d bytes (%.1f KB per assessment)%n", bytes, bytes / 1024.0 / rows);

        double worstPage = listPages(kumoDb);
        int single = Math.min(1000, rows);
        System.out.printf(Locale.ROOT, "%nfor comparison: one transaction per assessment (as one CLI run records one),"
                + " %d more rows: %.0f rows/s%n", single, singleTransactions(kumoDb, templates, rows, single));
        boolean met = storeRatio >= STORE_TARGET && worstPage < PAGE_TARGET_MS;
        System.out.printf(Locale.ROOT, "worst page %.2f ms (target < %.0f ms): %s%n", worstPage, PAGE_TARGET_MS,
                worstPage < PAGE_TARGET_MS ? "met" : "NOT met");
        if (!met && !smoke) {
            System.exit(1);
        }
    }

    /** One example request, assessed once: what every row made from it stores. */
    record Template(AssessmentRequestDocument request, String requestJson, String resultJson, String verdict,
            String catalogueVersion, LocalDate date, AssessmentIndex index) {
    }

    static List<Template> templates(Path examples) throws IOException {
        Catalogue catalogue = CatalogueV1.catalogue();
        AssessService assess = new AssessService(catalogue);
        Documents documents = Documents.create();
        AssessmentIndexer indexer = new AssessmentIndexer(catalogue);
        List<Template> templates = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                AssessmentRequestDocument request = documents.readRequest(Files.readAllBytes(file));
                AssessmentResultDocument result = assess.assess(request, LocalDate.of(2026, 12, 4));
                templates.add(new Template(request, Documents.canonicalJson(request), Documents.canonicalJson(result),
                        result.verdict().code(), result.catalogueVersion(), result.assessmentDate(),
                        indexer.index(request)));
            }
        }
        return templates;
    }

    /** Records the rows in batches of {@value #BATCH} (one transaction each); returns the seconds taken. */
    static double storeWithKumo(Path db, List<Template> templates, int rows) {
        Actor actor = new Actor("benchmark");
        try (Store store = new JooqStoreOpener().open(db.toString())) {
            long t0 = System.nanoTime();
            for (int from = 0; from < rows; from += BATCH) {
                List<NewAssessment> batch = new ArrayList<>(BATCH);
                for (int i = from; i < Math.min(rows, from + BATCH); i++) {
                    batch.add(row(templates, i));
                }
                store.recordAssessments(batch, actor, START.plusMillis(from));
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /** Records {@code rows} more rows one transaction each, as single CLI runs do; returns rows per second. */
    static double singleTransactions(Path db, List<Template> templates, int from, int rows) {
        Actor actor = new Actor("benchmark");
        try (Store store = new JooqStoreOpener().open(db.toString())) {
            long t0 = System.nanoTime();
            for (int i = from; i < from + rows; i++) {
                store.recordAssessment(row(templates, i), actor, START.plusMillis(i));
            }
            return rows / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static NewAssessment row(List<Template> templates, int i) {
        Template t = templates.get(i % templates.size());
        String system = String.format(Locale.ROOT, "bench-system-%04d", i % SYSTEMS);
        String service = "bench-service-" + (i % templates.size());
        return new NewAssessment(String.format(Locale.ROOT, "bench-%07d", i), system, service,
                t.request().system(), t.request().service(), t.verdict(), t.catalogueVersion(), t.date(),
                t.requestJson(), t.resultJson(), t.index());
    }

    static double importWithSqlite3(Path kumoDb, Path dir) throws IOException, InterruptedException {
        Path dump = dir.resolve("dump.sql");
        run(new ProcessBuilder("sqlite3", kumoDb.toString(), ".dump").redirectOutput(dump.toFile()));
        Path baseline = dir.resolve("baseline.db");
        long t0 = System.nanoTime();
        run(new ProcessBuilder("sqlite3", baseline.toString()).redirectInput(dump.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.delete(dump);
        return seconds;
    }

    /** Times pages of each verdict through the store and by plain JDBC; returns the worst store median. */
    static double listPages(Path db) throws SQLException {
        System.out.println();
        System.out.println("listing by verdict (pages of 50)   rows   page   store ms (median/max)   jdbc ms   ratio");
        double worst = 0;
        try (Store store = new JooqStoreOpener().open(db.toString());
                Connection jdbc = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (String verdict : verdicts(jdbc)) {
                AssessmentQuery query = new AssessmentQuery(null, null, verdict);
                long total = store.listAssessments(query, new PageRequest(1, PAGE_SIZE)).total();
                int lastPage = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
                for (int page : new int[] {1, Math.max(1, lastPage / 2), lastPage}) {
                    PageRequest request = new PageRequest(page, PAGE_SIZE);
                    double[] storeMs = time(() -> store.listAssessments(query, request).items().size());
                    double[] jdbcMs = time(() -> plainPage(jdbc, verdict, request));
                    worst = Math.max(worst, storeMs[0]);
                    System.out.printf(Locale.ROOT, "%-30s %8d %6d %10.2f / %7.2f %10.2f %7.2f%n", verdict, total, page,
                            storeMs[0], storeMs[1], jdbcMs[0], storeMs[0] / jdbcMs[0]);
                }
            }
        }
        return worst;
    }

    private static List<String> verdicts(Connection jdbc) throws SQLException {
        List<String> verdicts = new ArrayList<>();
        try (PreparedStatement s = jdbc.prepareStatement("SELECT DISTINCT verdict FROM assessment ORDER BY verdict");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                verdicts.add(r.getString(1));
            }
        }
        return verdicts;
    }

    /** The baseline page: the same rows and count in two plain queries, no mapping. */
    private static int plainPage(Connection jdbc, String verdict, PageRequest page) {
        try (PreparedStatement count = jdbc.prepareStatement("SELECT count(*) FROM assessment WHERE verdict = ?");
                PreparedStatement rows = jdbc.prepareStatement("SELECT id, system_id, service_id, previous_id, verdict,"
                        + " catalogue_version, assessment_date, recorded_at, recorded_by FROM assessment WHERE verdict = ?"
                        + " ORDER BY recorded_at DESC, id DESC LIMIT ? OFFSET ?")) {
            count.setString(1, verdict);
            try (ResultSet r = count.executeQuery()) {
                r.next();
            }
            rows.setString(1, verdict);
            rows.setInt(2, page.size());
            rows.setLong(3, page.offset());
            int n = 0;
            try (ResultSet r = rows.executeQuery()) {
                while (r.next()) {
                    n++;
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Median and max milliseconds of 30 calls after 10 warm-up calls. */
    private static double[] time(java.util.function.IntSupplier call) {
        for (int i = 0; i < 10; i++) {
            call.getAsInt();
        }
        double[] ms = new double[30];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            call.getAsInt();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[ms.length / 2], ms[ms.length - 1]};
    }

    private static void run(ProcessBuilder process) throws IOException, InterruptedException {
        Process p = process.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", process.command()) + " failed");
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
