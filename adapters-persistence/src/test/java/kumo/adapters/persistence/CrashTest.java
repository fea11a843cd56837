package kumo.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import kumo.application.records.AssessmentQuery;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.NewAssessment;
import kumo.application.records.PageRequest;
import kumo.application.records.audit.AuditAction;
import kumo.application.records.audit.AuditEvent;


/**
 * Crash safety: two writer processes ({@link CrashWriter}, two threads each) record assessments into one store;
 * after enough acknowledgements both are killed with SIGKILL in the middle of their writes. Every acknowledged
 * assessment must then be there in full, no stored assessment may be partial, and the audit chain must hold.
 */
final class CrashTest {

    static final int ACKS = 200;
    static final String[] VERDICTS = {"ELIGIBLE", "CONDITIONAL", "PROHIBITED"};
    static final int SYSTEMS = 3;

    private CrashTest() {
    }

    /** The n-th assessment a writer records (a few systems, so that chains of previous links interleave). */
    static NewAssessment assessment(String id, int n) {
        return Examples.assessment(id, "crash-system-" + (n % SYSTEMS), "crash-service",
                Examples.withVerdict(VERDICTS[n % VERDICTS.length]), CrashWriter.expiry(n));
    }

    static void killWriterAndCheck(StoreContract contract, String location) throws Exception {
        Set<String> acked = ConcurrentHashMap.newKeySet();
        CountDownLatch enough = new CountDownLatch(ACKS);
        List<Process> writers = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        try {
            for (String prefix : List.of("p", "q")) {
                Process p = start(location, prefix);
                writers.add(p);
                Thread reader = new Thread(() -> readAcks(p, acked, enough));
                reader.start();
                readers.add(reader);
            }
            assertThat(enough.await(120, TimeUnit.SECONDS)).as("%d acknowledgements in time", ACKS).isTrue();
        } finally {
            for (Process p : writers) {
                p.destroyForcibly();
            }
            for (Process p : writers) {
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            for (Thread reader : readers) {
                reader.join(10_000);
            }
        }
        assertThat(writers).allSatisfy(p -> assertThat(p.exitValue()).as("killed, not finished").isNotZero());

        JooqStore store = contract.open(location);
        List<AssessmentSummary> stored = all(store);
        Set<String> storedIds = stored.stream().map(AssessmentSummary::id).collect(Collectors.toSet());
        assertThat(storedIds).as("every acknowledged assessment is stored").containsAll(acked);
        assertThat(acked.size()).isGreaterThanOrEqualTo(ACKS);

        Set<String> recordedEvents = store.auditEvents(1, Integer.MAX_VALUE).stream()
                .filter(e -> e.action() == AuditAction.ASSESSMENT_RECORDED).map(AuditEvent::entityId)
                .collect(Collectors.toSet());
        Set<String> withDecisions = new java.util.HashSet<>();
        Set<String> withEvidence = new java.util.HashSet<>();
        for (int s = 0; s < SYSTEMS; s++) {
            store.riskDecisions("crash-system-" + s).forEach(r -> withDecisions.add(r.assessmentId()));
        }
        store.evidenceExpiringBy(LocalDate.MAX).forEach(e -> withEvidence.add(e.assessment().id()));
        for (AssessmentSummary s : stored) {
            int n = Integer.parseInt(s.id().substring(s.id().lastIndexOf('-') + 1));
            NewAssessment expected = assessment(s.id(), n);
            AssessmentRecord record = store.findAssessment(s.id()).orElseThrow(); // checks the result's digest
            assertThat(record.requestJson()).isEqualTo(expected.requestJson());
            // the result as the writer process made it: whole (its digest was checked by findAssessment) and of
            // the expected verdict (byte equality with this JVM's result is not asked: see README, "results")
            assertThat(record.resultJson()).startsWith("{").endsWith("}")
                    .contains("\"code\":\"" + expected.verdict() + "\"");
            assertThat(s.verdict()).isEqualTo(expected.verdict());
        }
        assertThat(withDecisions).as("risk decisions of every stored assessment").isEqualTo(storedIds);
        assertThat(recordedEvents).as("an ASSESSMENT_RECORDED event for every stored assessment").isEqualTo(storedIds);
        assertThat(withEvidence).as("latest assessments have their evidence rows").hasSize(SYSTEMS);
        for (int s = 0; s < SYSTEMS; s++) {
            List<AssessmentSummary> chain = store.listAssessments(new AssessmentQuery("crash-system-" + s, null, null),
                    new PageRequest(1, PageRequest.MAX_SIZE)).items();
            assertThat(chain.stream().map(AssessmentSummary::previousId).distinct().count())
                    .as("one chain of previous links per system").isEqualTo(chain.size());
        }
        assertThat(Chain.problems(store)).isEmpty();
        // and the store goes on
        store.recordAssessment(assessment("after-crash", 0), StoreContract.ALICE, StoreContract.T0);
        assertThat(Chain.problems(store)).isEmpty();
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

    private static Process start(String location, String prefix) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "crash-writer-" + prefix + ".log");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                CrashWriter.class.getName(), location, prefix, "2")
                .redirectError(log.toFile())
                .start();
    }

    /** Reads complete lines only: a line cut short by the kill is no acknowledgement. */
    private static void readAcks(Process p, Set<String> acked, CountDownLatch enough) {
        try (InputStreamReader in = new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                if (line.indexOf("ACK ") == 0) {
                    acked.add(line.substring(4));
                    enough.countDown();
                }
                line.setLength(0);
            }
        } catch (IOException killed) {
            // the writer was killed: what it acknowledged so far is in the set
        }
    }
}
