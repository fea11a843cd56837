package kumo.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kumo.application.document.Digests;
import kumo.application.records.Actor;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.ServiceRecord;
import kumo.application.records.SystemRecord;
import kumo.application.records.audit.AuditAction;
import kumo.application.records.audit.AuditChain;
import kumo.application.records.audit.AuditVerification;
import kumo.application.records.audit.RecordVerifier;
import kumo.application.records.audit.RowDigest;
import kumo.application.records.port.out.Store;

/**
 * A store written before schema 2 (a real schema-1 database, made by Flyway up to V1, holding what schema-1 kumo
 * wrote: `sha256:` references, no request digest) still opens, is migrated, and verifies: its assessment is
 * checked against its schema-1 reference and counted as not covered, never as proven; an edit is still found.
 */
class SchemaOneStoreTest {

    private static final Instant AT = Instant.parse("2026-11-28T03:00:00.000001Z");
    private static final String SCHEMA_ONE_ACTOR = "情報管理者 山田";

    @TempDir
    Path dir;

    @Test
    void aSchemaOneStoreOpensMigratesAndItsAssessmentIsCheckedButNotCovered() throws Exception {
        Path file = dir.resolve("schema-1.db");
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration").table(Tables.HISTORY).placeholders(Engine.SQLITE.placeholders())
                .target("1").load().migrate();
        writeAsSchemaOneDid(file);

        try (Store store = new JooqStoreOpener().open(file.toString())) {
            assertThat(store.findAssessment("old")).isPresent();
            AuditVerification v = RecordVerifier.verify(store, store, row -> List.of());
            assertThat(v.problems()).isEmpty();
            assertThat(v.rowsChecked()).isEqualTo(3);
            assertThat(v.uncovered()).as("the schema-1 assessment is not proven").isEqualTo(1);

            Examples.Example example = Examples.withVerdict("ELIGIBLE");
            store.recordAssessment(Examples.assessment("new", "sys", "svc", example, LocalDate.of(2027, 3, 31)),
                    new Actor("佐藤"), AT.plusSeconds(60));
            AuditVerification after = RecordVerifier.verify(store, store, row -> List.of());
            assertThat(after.problems()).isEmpty();
            assertThat(after.uncovered()).as("an assessment recorded since is covered").isEqualTo(1);
        }

        sql(file, "UPDATE assessment SET recorded_by = 'mallory' WHERE id = 'old'");
        try (Store store = new JooqStoreOpener().open(file.toString())) {
            assertThat(RecordVerifier.verify(store, store, row -> List.of()).problems())
                    .extracting(AuditVerification.Problem::table, AuditVerification.Problem::key,
                            AuditVerification.Problem::kind)
                    .containsExactly(tuple("assessment", "old", "ROW_DIGEST_MISMATCH"));
        }
    }

    /** One system, one service, one assessment and their events, as schema-1 kumo wrote them. */
    private static void writeAsSchemaOneDid(Path file) throws SQLException {
        Examples.Example example = Examples.withVerdict("PROHIBITED");
        SystemRecord system = new SystemRecord("sys", 1, example.request().system(), AT, SCHEMA_ONE_ACTOR);
        ServiceRecord service = new ServiceRecord("svc", 1, example.request().service(), AT, SCHEMA_ONE_ACTOR);
        AssessmentSummary summary = new AssessmentSummary("old", "sys", "svc", null, example.verdict(),
                example.result().catalogueVersion(), example.result().assessmentDate(), AT, SCHEMA_ONE_ACTOR);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String table : List.of("system_profile", "cloud_service")) {
                Object profile = table.equals("system_profile") ? system.profile() : service.profile();
                update(c, "INSERT INTO " + table + " (id, version, profile_json, updated_at, updated_by)"
                        + " VALUES (?, 1, ?, ?, ?)", table.equals("system_profile") ? "sys" : "svc", Content.json(profile),
                        Content.instant(AT), SCHEMA_ONE_ACTOR);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO assessment (id, system_id, service_id, verdict,"
                    + " catalogue_version, assessment_date, recorded_at, recorded_by, request_json, result_gzip,"
                    + " result_sha256) VALUES ('old', 'sys', 'svc', ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, summary.verdict());
                s.setString(2, summary.catalogueVersion());
                s.setString(3, summary.assessmentDate().toString());
                s.setString(4, Content.instant(AT));
                s.setString(5, SCHEMA_ONE_ACTOR);
                s.setString(6, example.requestJson());
                s.setBytes(7, Content.gzip(example.resultJson()));
                s.setString(8, Digests.sha256(example.resultJson()));
                s.executeUpdate();
            }
            String previous = AuditChain.GENESIS;
            Object[][] events = {
                {AuditAction.SYSTEM_CREATED, "SYSTEM", "sys", RowDigest.profile(system), "version 1"},
                {AuditAction.SERVICE_CREATED, "SERVICE", "svc", RowDigest.profile(service), "version 1"},
                {AuditAction.ASSESSMENT_RECORDED, "ASSESSMENT", "old", RowDigest.legacyAssessment(summary,
                        Digests.sha256(example.requestJson()), Digests.sha256(example.resultJson())), summary.verdict()}};
            long seq = 0;
            for (Object[] e : events) {
                seq++;
                String hash = AuditChain.hash(previous, seq, AT, SCHEMA_ONE_ACTOR, (AuditAction) e[0], (String) e[1],
                        (String) e[2], null, (String) e[3], (String) e[4]);
                update(c, "INSERT INTO audit_event (seq, at, actor, action, entity_type, entity_id, before_ref, after_ref,"
                        + " detail, previous_hash, hash) VALUES (" + seq + ", ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
                        Content.instant(AT), SCHEMA_ONE_ACTOR, ((AuditAction) e[0]).name(), e[1], e[2], e[3], e[4],
                        previous, hash);
                previous = hash;
            }
            update(c, "UPDATE audit_head SET seq = " + seq + ", hash = ? WHERE id = 1", previous);
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, (String) args[i]);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static void sql(Path file, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            update(c, statement);
        }
    }
}
