package kumo.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kumo.application.records.AssessmentQuery;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.NewAssessment;
import kumo.application.records.PageRequest;
import kumo.application.records.audit.AuditAction;
import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.AuditVerifier;

/**
 * Crash safety at random points: in each of several rounds two writer processes ({@link CrashWriter}, two
 * threads each) record assessments into one store, and each is killed with SIGKILL after its own random number
 * of acknowledgements (zero included) plus a random delay, so the kill lands anywhere in a write: before, inside
 * or after a commit. After each round the store is opened again and must hold every acknowledged assessment in
 * full, no partial row (each stored assessment with its derived rows and its audit event), and an audit chain
 * that verifies; then it must take a new write. Runs on a SQLite file and on PostgreSQL.
 *
 * <p>The kill points come from one seed, printed at the start and in every failure; replay a failure with
 * {@code -Dkumo.crash.seed=<seed>}. {@code -Dkumo.crash.rounds=<n>} runs more rounds (the default keeps the
 * build short).
 */
@org.junit.jupiter.api.Tag("slow")
class KillWritersAtRandomPointsTest {

    static final String SEED_PROPERTY = "kumo.crash.seed";
    static final String ROUNDS_PROPERTY = "kumo.crash.rounds";
    static final int DEFAULT_ROUNDS = 3;
    /** A writer is killed after 0 to this many acknowledgements... */
    static final int MAX_ACKS = 40;
    /** ...and then 0 to this many milliseconds more. */
    static final int MAX_DELAY_MILLIS = 25;

    static final String[] VERDICTS = {"ELIGIBLE", "CONDITIONAL", "PROHIBITED"};
    static final int SYSTEMS = 3;

    private static final long SEED = Long.getLong(SEED_PROPERTY, System.nanoTime());
    private static final int ROUNDS = Integer.getInteger(ROUNDS_PROPERTY, DEFAULT_ROUNDS);

    static {
        System.out.printf("KillWritersAtRandomPointsTest: seed %d, %d rounds (replay: -D%s=%d)%n", SEED, ROUNDS,
                SEED_PROPERTY, SEED);
    }

    private final JooqStoreOpener opener = new JooqStoreOpener();

    @TempDir
    Path dir;

    /** The n-th assessment a writer records (a few systems, so that chains of previous links interleave). */
    static NewAssessment assessment(String id, int n) {
        return Examples.assessment(id, "crash-system-" + (n % SYSTEMS), "crash-service",
                Examples.withVerdict(VERDICTS[n % VERDICTS.length]), CrashWriter.expiry(n));
    }

    @Test
    void onSqlite() throws Exception {
        killAtRandomPoints("SQLite", dir.resolve("crash.db").toString());
    }

    @Test
    void onPostgresql() throws Exception {
        try (TestPostgres postgres = TestPostgres.start()) {
            killAtRandomPoints("PostgreSQL", postgres.freshLocation());
        }
    }

    private void killAtRandomPoints(String engine, String location) throws Exception {
        opener.openStore(location).close(); // the store exists before the first writer starts
        Random random = new Random(SEED);
        Set<String> ackedSoFar = new HashSet<>();
        for (int round = 1; round <= ROUNDS; round++) {
            List<Kill> kills = List.of(Kill.random(random), Kill.random(random));
            String plan = String.format("%s round %d of %d, seed %d (replay: -D%s=%d): kill %s", engine, round,
                    ROUNDS, SEED, SEED_PROPERTY, SEED, kills);
            long started = System.nanoTime();
            Set<String> acked = killWriters(location, "r" + round, kills, plan);
            long killed = System.nanoTime();
            ackedSoFar.addAll(acked);
            try (JooqStore store = opener.openStore(location)) {
                checkAfterCrash(store, ackedSoFar, plan);
                store.recordAssessment(assessment("r" + round + "after-0-0", 0), StoreContract.ALICE,
                        StoreContract.T0);
                ackedSoFar.add("r" + round + "after-0-0");
                assertThat(AuditVerifier.verify(store).problems()).as("%s: the chain after a new write", plan).isEmpty();
            }
            System.out.printf("%s: %d acknowledged, %d ms to kill, %d ms to check%n", plan, acked.size(),
                    TimeUnit.NANOSECONDS.toMillis(killed - started), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed));
        }
    }

    /** Where a writer is killed: after {@code acks} acknowledgements and {@code delayMillis} more. */
    private record Kill(int acks, int delayMillis) {

        static Kill random(Random random) {
            return new Kill(random.nextInt(MAX_ACKS + 1), random.nextInt(MAX_DELAY_MILLIS + 1));
        }

        @Override
        public String toString() {
            return "after " + acks + " acks + " + delayMillis + " ms";
        }
    }

    /** Starts one writer per kill, kills each at its point, and returns what they acknowledged. */
    private Set<String> killWriters(String location, String round, List<Kill> kills, String plan) throws Exception {
        Set<String> acked = ConcurrentHashMap.newKeySet();
        List<Process> writers = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        try {
            for (int w = 0; w < kills.size(); w++) {
                Kill kill = kills.get(w);
                Process p = start(location, round + (char) ('p' + w));
                writers.add(p);
                Thread reader = new Thread(() -> readAcksAndKill(p, kill, acked));
                reader.start();
                readers.add(reader);
            }
            for (Thread reader : readers) {
                reader.join(120_000);
                assertThat(reader.isAlive()).as("%s: the writer was killed in time", plan).isFalse();
            }
        } finally {
            for (Process p : writers) {
                p.destroyForcibly();
            }
            for (Process p : writers) {
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        assertThat(writers).as("%s: killed, not finished", plan)
                .allSatisfy(p -> assertThat(p.exitValue()).as("exit value of a killed writer").isEqualTo(128 + 9));
        return acked;
    }

    private Process start(String location, String prefix) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("crash-writer-" + prefix + ".log");
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", CrashWriter.class.getName(), location, prefix, "2")
                .redirectError(log.toFile())
                .start();
    }

    /**
     * Reads the writer's acknowledgements, complete lines only (a line cut short by the kill is none), and kills
     * it at its point: {@code kill.acks} acknowledgements after READY, then {@code kill.delayMillis} more.
     */
    private static void readAcksAndKill(Process p, Kill kill, Set<String> acked) {
        AtomicInteger count = new AtomicInteger();
        boolean[] killed = {false};
        try (InputStreamReader in = new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                boolean counts = false;
                if (line.indexOf("ACK ") == 0) {
                    acked.add(line.substring(4));
                    counts = count.incrementAndGet() >= kill.acks();
                } else if (line.toString().equals("READY")) {
                    counts = kill.acks() == 0;
                }
                line.setLength(0);
                if (counts && !killed[0]) {
                    killed[0] = true;
                    Thread.sleep(kill.delayMillis());
                    p.destroyForcibly(); // SIGKILL
                }
            }
        } catch (IOException | InterruptedException killedWhileReading) {
            // the writer is gone: what it acknowledged so far is in the set
        }
    }

    /** Everything acknowledged is there in full, nothing is partial, the chain verifies. */
    private static void checkAfterCrash(JooqStore store, Set<String> acked, String plan) {
        List<AssessmentSummary> stored = all(store);
        Set<String> storedIds = stored.stream().map(AssessmentSummary::id).collect(Collectors.toSet());
        assertThat(storedIds).as("%s: every acknowledged assessment is stored", plan).containsAll(acked);

        for (AssessmentSummary s : stored) {
            int n = Integer.parseInt(s.id().substring(s.id().lastIndexOf('-') + 1));
            NewAssessment expected = assessment(s.id(), n);
            AssessmentRecord record = store.findAssessment(s.id()).orElseThrow(); // checks the result's digest
            assertThat(record.requestJson()).as("%s: the request of %s", plan, s.id()).isEqualTo(expected.requestJson());
            // the result as the writer process made it: whole (its digest was checked by findAssessment) and of
            // the expected verdict (byte equality with this JVM's result is not asked: see README, "results")
            assertThat(record.resultJson()).as("%s: the result of %s", plan, s.id()).startsWith("{").endsWith("}")
                    .contains("\"code\":\"" + expected.verdict() + "\"");
            assertThat(s.verdict()).as("%s: the verdict column of %s", plan, s.id()).isEqualTo(expected.verdict());
        }

        Set<String> withDecisions = new HashSet<>();
        for (int s = 0; s < SYSTEMS; s++) {
            store.riskDecisions("crash-system-" + s).forEach(r -> withDecisions.add(r.assessmentId()));
        }
        assertThat(withDecisions).as("%s: risk decisions of every stored assessment", plan).isEqualTo(storedIds);
        Set<String> recordedEvents = store.auditEvents(1, Integer.MAX_VALUE).stream()
                .filter(e -> e.action() == AuditAction.ASSESSMENT_RECORDED).map(AuditEvent::entityId)
                .collect(Collectors.toSet());
        assertThat(recordedEvents).as("%s: an ASSESSMENT_RECORDED event for every stored assessment", plan)
                .isEqualTo(storedIds);

        // one chain of previous links per system; its end, the latest assessment, has the evidence rows
        Map<String, List<AssessmentSummary>> bySystem = stored.stream()
                .collect(Collectors.groupingBy(AssessmentSummary::systemId));
        Set<String> latest = new HashSet<>();
        for (List<AssessmentSummary> chain : bySystem.values()) {
            Set<String> linked = chain.stream().map(AssessmentSummary::previousId).collect(Collectors.toSet());
            assertThat(linked).as("%s: one chain of previous links per system", plan).hasSize(chain.size());
            chain.stream().map(AssessmentSummary::id).filter(id -> !linked.contains(id)).forEach(latest::add);
        }
        assertThat(latest).as("%s: one latest assessment per system", plan).hasSize(bySystem.size());
        Set<String> withEvidence = new HashSet<>();
        store.evidenceExpiringBy(LocalDate.MAX).forEach(e -> withEvidence.add(e.assessment().id()));
        assertThat(withEvidence).as("%s: the latest assessments have their evidence rows", plan).isEqualTo(latest);

        assertThat(AuditVerifier.verify(store).problems()).as("%s: the audit chain verifies", plan).isEmpty();
    }

    private static List<AssessmentSummary> all(JooqStore store) {
        List<AssessmentSummary> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            var items = store.listAssessments(AssessmentQuery.all(), new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(items.items());
            if (!items.hasNext()) {
                return all;
            }
        }
    }
}
