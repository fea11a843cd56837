package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.application.document.Documents;
import kumo.application.records.audit.AuditAction;
import kumo.application.records.audit.AuditChain;

/**
 * Issue 8's tamper suite, one test body for every engine ({@link SqliteTamperTest}, {@link PostgresTamperTest}):
 * a real store holding real assessments (a PROHIBITED one on 機密性3, a system assessed twice, a system deleted
 * on request) is edited behind kumo's back, with plain JDBC, in each of the ways an attacker or a careless admin
 * could ({@link Edit}); {@code kumo audit verify} must exit 6 and name the table, the key and the kind of each
 * difference the edit makes; the two edits the chain cannot see by itself (re-hashed, tail cut leaving no row) are
 * caught with a signed checkpoint. A doctored export, even one re-hashed consistently, must be refused by {@code kumo
 * store import} with nothing written.
 */
abstract class TamperSuite {

    /** The PROHIBITED assessment's request (機密性3, no risk decisions). */
    static final String PROHIBITED = "prohibited-secret-on-public-cloud.json";
    /** Assessed twice as one system: risk decisions, consultations, evidence. */
    static final String CITY = "full-city-record.json";
    /** Recorded, then its system deleted on request: the last events of the chain. */
    static final String DELETED = "expired-certificate.json";

    @TempDir
    Path dir;

    /** The location of a new, empty store named {@code name}. */
    abstract String freshStore(String name) throws Exception;

    /** A new store named {@code name} holding a copy of the store at {@code location} (closed by kumo). */
    abstract String copy(String location, String name) throws Exception;

    /** The fixture's store, recorded once per engine and copied for each test. */
    private static final java.util.Map<Class<?>, Fixture> FIXTURES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A plain JDBC connection to the store at {@code location}, behind kumo's back. */
    abstract Connection raw(String location) throws SQLException;

    /** The edits of issue 8 §2 (16 listed, the 17th and 18th added), each its own test case. */
    enum Edit {
        /** An event's detail changed (the verdict an ASSESSMENT_RECORDED event names). */
        EVENT_DETAIL,
        /** An event's actor changed. */
        EVENT_ACTOR,
        /** An event's time changed. */
        EVENT_TIME,
        /** An event deleted. */
        EVENT_DELETED,
        /** Two events swapped. */
        EVENTS_REORDERED,
        /** The recorded head lowered by one. */
        HEAD_LOWERED,
        /** A verdict changed PROHIBITED → ELIGIBLE in the result, with its column and SHA-256. */
        VERDICT_IN_RESULT,
        /** The stored request edited: 機密性3 → 2. */
        REQUEST_EDITED,
        /** A result swapped for another assessment's, together with its SHA-256. */
        RESULT_SWAPPED_WITH_DIGEST,
        /** {@code recorded_by} changed. */
        RECORDED_BY,
        /** The latest assessment of a system deleted, with its derived rows. */
        LATEST_ASSESSMENT_DELETED,
        /** A service profile edited. */
        SERVICE_PROFILE_EDITED,
        /** A risk treatment changed (ACCEPT → MITIGATE). */
        RISK_TREATMENT_CHANGED,
        /** A result's gzip replaced (by another result's), its SHA-256 left. */
        RESULT_GZIP_REPLACED,
        /**
         * The tail event deleted with {@code audit_head} moved back. Caught here because the row it recorded (a
         * deletion) no longer matches; a cut that leaves no row behind needs a signed checkpoint (branch anchor).
         */
        TAIL_CUT,
        /**
         * One event changed and the whole chain re-hashed: the verdict laundered in the result, its column, its
         * SHA-256 and the event's digest, then every hash after it. Caught by re-assessing the stored request; an
         * event changed and re-hashed without a row to contradict it needs a signed checkpoint (branch anchor).
         */
        REHASHED,
        /** Added: an evidence expiry pushed a year later (hides expiring evidence). */
        EVIDENCE_EXPIRY_MOVED,
        /** Added: an assessment row copied in under a new key, with no event. */
        ASSESSMENT_INSERTED
    }

    /** The store every test starts from, and the keys of its rows. */
    record Fixture(String location, String prohibited, String cityFirst, String cityLatest, String service,
            String deletedSystem) {
    }

    /** A copy of the fixture's store under {@code name}, with the fixture's keys. */
    Fixture fixture(String name) throws Exception {
        Fixture original = FIXTURES.get(getClass());
        if (original == null) {
            original = record(freshStore("fixture"));
            FIXTURES.put(getClass(), original);
        }
        return new Fixture(copy(original.location(), name), original.prohibited(), original.cityFirst(),
                original.cityLatest(), original.service(), original.deletedSystem());
    }

    /** Records the assessments and deletes one system, on a new store; the record must prove itself. */
    private Fixture record(String location) throws Exception {
        ok(Kumo.run("assess", Kumo.example(PROHIBITED).toString(), "--record", "--store", location, "--actor", "山田"), 40);
        ok(Kumo.run("assess", Kumo.example(CITY).toString(), "--record", "--store", location, "--actor", "山田"), 0);
        ok(Kumo.run("assess", Kumo.example(CITY).toString(), "--record", "--store", location, "--actor", "佐藤"), 0);
        ok(Kumo.run("assess", Kumo.example(DELETED).toString(), "--record", "--store", location, "--system-id",
                "health-booking"), 30);
        ok(Kumo.run("system", "delete", "health-booking", "--reason", "依頼 2026-123", "--store", location), 0);
        Kumo.Run clean = Kumo.run("audit", "verify", "--store", location);
        assertThat(clean.exitCode()).as("the untouched store proves itself: %s", clean).isZero();
        assertThat(clean.out()).contains("監査ログは改ざんされていません").doesNotContain("保護の対象外");
        try (Connection c = raw(location)) {
            String prohibited = value(c, "SELECT id FROM assessment WHERE verdict = 'PROHIBITED'");
            String city = value(c, "SELECT system_id FROM assessment WHERE verdict <> 'PROHIBITED'");
            String first = value(c, "SELECT id FROM assessment WHERE system_id = ? AND previous_id IS NULL", city);
            String latest = value(c, "SELECT id FROM assessment WHERE system_id = ? AND previous_id IS NOT NULL", city);
            String service = value(c, "SELECT service_id FROM assessment WHERE id = ?", prohibited);
            return new Fixture(location, prohibited, first, latest, service, "health-booking");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Edit.class)
    void everyEditIsDetectedAndReportedByTableKeyAndKind(Edit edit) throws Exception {
        Fixture f = fixture("tamper-" + edit.name().toLowerCase(java.util.Locale.ROOT));
        List<String> expected;
        try (Connection c = raw(f.location())) {
            expected = apply(edit, c, f);
        }
        Kumo.Run ja = Kumo.run("audit", "verify", "--store", f.location());
        Kumo.Run en = Kumo.run("audit", "verify", "--store", f.location(), "--lang", "en");

        assertThat(ja.exitCode()).as("%s: %s", edit, ja).isEqualTo(6);
        assertThat(ja.out()).as("%s", edit).contains("記録が改ざんされています");
        assertThat(en.exitCode()).isEqualTo(6);
        assertThat(en.out()).contains("The record does not prove itself");
        for (String line : expected) {
            assertThat(ja.out()).as("%s reported as %s in\n%s", edit, line, ja.out()).contains("  " + line + ": ");
            assertThat(en.out()).contains("  " + line + ": ");
        }
        assertThat(ja.err() + en.err()).doesNotContain("Exception", "at kumo.");
        if (edit == Edit.REQUEST_EDITED) {
            // the request's digest is checked on every read too: a damaged store, exit 5
            Kumo.Run show = Kumo.run("assessment", "show", f.prohibited(), "--store", f.location());
            assertThat(show.exitCode()).as("%s", show).isEqualTo(5);
            assertThat(show.err()).contains("要求がダイジェストと一致しません").doesNotContain("Exception");
        }
    }

    /** A doctored export, edited consistently (the result, its column, the event's digest, the chain re-hashed). */
    @Test
    void aDoctoredExportIsRefusedAndNothingIsWritten() throws Exception {
        Fixture f = fixture("export-source");
        Path export = dir.resolve("all.json");
        ok(Kumo.run("store", "export", export.toString(), "--store", f.location()), 0);

        // recorded_by changed: the row is not what its event recorded
        ObjectNode recordedBy = (ObjectNode) Kumo.JSON.readTree(export.toFile());
        assessment(recordedBy, f.prohibited()).put("recordedBy", "mallory");
        refused(f, recordedBy, "recorded-by", "assessment " + f.prohibited() + " ROW_DIGEST_MISMATCH");

        // the verdict laundered consistently: result, column, the event's digest and every hash after it
        ObjectNode laundered = (ObjectNode) Kumo.JSON.readTree(export.toFile());
        ObjectNode entry = assessment(laundered, f.prohibited());
        entry.put("verdict", "ELIGIBLE");
        ((ObjectNode) entry.get("result").get("verdict")).put("code", "ELIGIBLE");
        ArrayNode events = (ArrayNode) laundered.get("auditEvents");
        for (JsonNode e : events) {
            if (e.get("entityId").asText().equals(f.prohibited()) && e.get("action").asText().equals("ASSESSMENT_RECORDED")) {
                ((ObjectNode) e).put("detail", "ELIGIBLE");
                ((ObjectNode) e).put("afterRef", launderedDigest(entry));
            }
        }
        rehash(events);
        refused(f, laundered, "laundered", "assessment " + f.prohibited() + " REASSESSMENT_MISMATCH");

        // and the untouched export is taken: the refusals above are about the edits
        String target = freshStore("export-clean");
        Kumo.Run imported = Kumo.run("store", "import", export.toString(), "--store", target);
        assertThat(imported.exitCode()).as("%s", imported).isZero();
        assertThat(Kumo.run("audit", "verify", "--store", target).exitCode()).isZero();
    }

    /**
     * An event changed and the whole chain re-hashed, with no row to contradict it (an actor laundered): the chain
     * proves itself, so only a signed checkpoint made before the edit catches it.
     */
    @Test
    void aRehashedChainWithNoRowToContradictItIsCaughtByASignedCheckpoint() throws Exception {
        Fixture f = fixture("rehashed-anchored");
        String[] key = keys("rehashed");
        ok(Kumo.run("audit", "checkpoint", "--key", key[0], "--store", f.location()), 0);
        long checkpointed;
        try (Connection c = raw(f.location())) {
            checkpointed = Long.parseLong(value(c, "SELECT seq FROM audit_head WHERE id = 1"));
            update(c, "UPDATE audit_event SET actor = 'mallory' WHERE seq = ?", 2L);
            rehash(c, 2L);
        }
        Kumo.Run withoutKey = Kumo.run("audit", "verify", "--store", f.location());
        assertThat(withoutKey.exitCode()).as("without the key the re-hashed chain proves itself: %s", withoutKey)
                .isZero();
        assertThat(withoutKey.out()).contains("署名付きチェックポイントとは照合していません");

        Kumo.Run withKey = Kumo.run("audit", "verify", "--public-key", key[1], "--store", f.location());
        assertThat(withKey.exitCode()).as("%s", withKey).isEqualTo(6);
        assertThat(withKey.out()).contains("  audit_checkpoint " + checkpointed + " CHECKPOINT_MISMATCH: ");
    }

    /**
     * The tail cut and the head moved back, the rows it recorded deleted with it so that no row contradicts the
     * shorter chain: only a signed checkpoint made before the cut catches it.
     */
    @Test
    void aTailCutThatLeavesNoRowBehindIsCaughtByASignedCheckpoint() throws Exception {
        Fixture f = fixture("tail-anchored");
        long keep;
        try (Connection c = raw(f.location())) {
            keep = Long.parseLong(value(c, "SELECT seq FROM audit_head WHERE id = 1"));
        }
        ok(Kumo.run("assess", Kumo.example(CITY).toString(), "--record", "--store", f.location(), "--actor", "鈴木"), 0);
        String[] key = keys("tail");
        ok(Kumo.run("audit", "checkpoint", "--key", key[0], "--store", f.location()), 0);
        long checkpointed;
        try (Connection c = raw(f.location())) {
            checkpointed = Long.parseLong(value(c, "SELECT seq FROM audit_head WHERE id = 1"));
            String latest = value(c, "SELECT entity_id FROM audit_event WHERE seq = ?", checkpointed);
            for (String table : List.of("risk_decision", "consultation", "evidence_expiry")) {
                update(c, "DELETE FROM " + table + " WHERE assessment_id = ?", latest);
            }
            update(c, "DELETE FROM assessment WHERE id = ?", latest);
            String previous = value(c, "SELECT hash FROM audit_event WHERE seq = ?", keep);
            update(c, "DELETE FROM audit_event WHERE seq > ?", keep);
            update(c, "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", keep, previous);
        }
        Kumo.Run withoutKey = Kumo.run("audit", "verify", "--store", f.location());
        assertThat(withoutKey.exitCode()).as("without the key the shorter chain proves itself: %s", withoutKey)
                .isZero();

        Kumo.Run withKey = Kumo.run("audit", "verify", "--public-key", key[1], "--store", f.location());
        assertThat(withKey.exitCode()).as("%s", withKey).isEqualTo(6);
        assertThat(withKey.out()).contains("  audit_checkpoint " + checkpointed + " CHECKPOINT_BEYOND_HEAD: ");
    }

    /** A new Ed25519 key pair made by {@code kumo audit keygen}: {private, public} file names. */
    private String[] keys(String name) {
        String privateKey = dir.resolve(name + ".key").toString();
        String publicKey = dir.resolve(name + ".pub").toString();
        ok(Kumo.run("audit", "keygen", "--private", privateKey, "--public", publicKey), 0);
        return new String[] {privateKey, publicKey};
    }

    // ---------------------------------------------------------------- the edits

    /** Applies {@code edit}; returns the lines ({@code table key KIND}) verify must print. */
    private List<String> apply(Edit edit, Connection c, Fixture f) throws Exception {
        long head = Long.parseLong(value(c, "SELECT seq FROM audit_head WHERE id = 1"));
        String a = f.prohibited();
        long recordedA = Long.parseLong(value(c,
                "SELECT seq FROM audit_event WHERE entity_id = ? AND action = 'ASSESSMENT_RECORDED'", a));
        switch (edit) {
            case EVENT_DETAIL -> {
                update(c, "UPDATE audit_event SET detail = 'ELIGIBLE' WHERE seq = ?", recordedA);
                return List.of("audit_event " + recordedA + " HASH_MISMATCH");
            }
            case EVENT_ACTOR -> {
                update(c, "UPDATE audit_event SET actor = 'mallory' WHERE seq = ?", 2L);
                return List.of("audit_event 2 HASH_MISMATCH");
            }
            case EVENT_TIME -> {
                update(c, "UPDATE audit_event SET at = '2026-01-01T00:00:00.000000Z' WHERE seq = ?", 2L);
                return List.of("audit_event 2 HASH_MISMATCH");
            }
            case EVENT_DELETED -> {
                update(c, "DELETE FROM audit_event WHERE seq = ?", 2L);
                return List.of("audit_event 3 SEQ_GAP");
            }
            case EVENTS_REORDERED -> {
                update(c, "UPDATE audit_event SET seq = -1 WHERE seq = ?", 2L);
                update(c, "UPDATE audit_event SET seq = 2 WHERE seq = ?", 3L);
                update(c, "UPDATE audit_event SET seq = 3 WHERE seq = ?", -1L);
                return List.of("audit_event 2 LINK_MISMATCH");
            }
            case HEAD_LOWERED -> {
                update(c, "UPDATE audit_head SET seq = seq - 1 WHERE id = ?", 1L);
                return List.of("audit_head " + (head - 1) + " HEAD_MISMATCH");
            }
            case VERDICT_IN_RESULT -> {
                launder(c, a);
                return List.of("assessment " + a + " ROW_DIGEST_MISMATCH", "assessment " + a + " REASSESSMENT_MISMATCH");
            }
            case REQUEST_EDITED -> {
                String request = value(c, "SELECT request_json FROM assessment WHERE id = ?", a);
                assertThat(request).contains("\"confidentiality\":\"C3\"");
                update(c, "UPDATE assessment SET request_json = ? WHERE id = ?",
                        request.replace("\"confidentiality\":\"C3\"", "\"confidentiality\":\"C2\""), a);
                return List.of("assessment " + a + " ROW_DIGEST_MISMATCH", "assessment " + a + " DOCUMENT_MISMATCH",
                        "assessment " + a + " DERIVED_MISMATCH");
            }
            case RESULT_SWAPPED_WITH_DIGEST -> {
                copyResult(c, f.cityFirst(), a, true);
                return List.of("assessment " + a + " ROW_DIGEST_MISMATCH", "assessment " + a + " DERIVED_MISMATCH");
            }
            case RECORDED_BY -> {
                update(c, "UPDATE assessment SET recorded_by = 'mallory' WHERE id = ?", a);
                return List.of("assessment " + a + " ROW_DIGEST_MISMATCH");
            }
            case LATEST_ASSESSMENT_DELETED -> {
                for (String table : List.of("risk_decision", "consultation", "evidence_expiry")) {
                    update(c, "DELETE FROM " + table + " WHERE assessment_id = ?", f.cityLatest());
                }
                update(c, "DELETE FROM assessment WHERE id = ?", f.cityLatest());
                return List.of("assessment " + f.cityLatest() + " ROW_MISSING");
            }
            case SERVICE_PROFILE_EDITED -> {
                ObjectNode profile = (ObjectNode) Kumo.JSON.readTree(
                        value(c, "SELECT profile_json FROM cloud_service WHERE id = ?", f.service()));
                profile.put("provider", "Mallory Cloud K.K.");
                update(c, "UPDATE cloud_service SET profile_json = ? WHERE id = ?", Documents.canonicalJson(profile),
                        f.service());
                return List.of("cloud_service " + f.service() + " ROW_DIGEST_MISMATCH");
            }
            case RISK_TREATMENT_CHANGED -> {
                assertThat(value(c, "SELECT treatment FROM risk_decision WHERE assessment_id = ? AND position = 0",
                        f.cityFirst())).isEqualTo("ACCEPT");
                update(c, "UPDATE risk_decision SET treatment = 'MITIGATE' WHERE assessment_id = ? AND position = 0",
                        f.cityFirst());
                return List.of("assessment " + f.cityFirst() + " ROW_DIGEST_MISMATCH",
                        "risk_decision " + f.cityFirst() + " DERIVED_MISMATCH");
            }
            case RESULT_GZIP_REPLACED -> {
                copyResult(c, f.cityFirst(), a, false);
                return List.of("assessment " + a + " DOCUMENT_MISMATCH");
            }
            case TAIL_CUT -> {
                String previous = value(c, "SELECT hash FROM audit_event WHERE seq = ?", head - 1);
                update(c, "DELETE FROM audit_event WHERE seq = ?", head);
                update(c, "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", head - 1, previous);
                return List.of("system_profile " + f.deletedSystem() + " ROW_MISSING");
            }
            case REHASHED -> {
                String digest = launder(c, a);
                update(c, "UPDATE audit_event SET detail = 'ELIGIBLE', after_ref = ? WHERE seq = ?", digest, recordedA);
                rehash(c, recordedA);
                return List.of("assessment " + a + " REASSESSMENT_MISMATCH");
            }
            case EVIDENCE_EXPIRY_MOVED -> {
                update(c, "UPDATE evidence_expiry SET expires_on_day = expires_on_day + 365 WHERE assessment_id = ?"
                        + " AND position = 0", f.cityLatest());
                return List.of("assessment " + f.cityLatest() + " ROW_DIGEST_MISMATCH",
                        "evidence_expiry " + f.cityLatest() + " DERIVED_MISMATCH");
            }
            case ASSESSMENT_INSERTED -> {
                update(c, "INSERT INTO assessment (id, system_id, service_id, previous_id, verdict, catalogue_version,"
                        + " assessment_date, recorded_at, recorded_by, request_json, result_gzip, result_sha256,"
                        + " request_sha256) SELECT 'forged', system_id, service_id, NULL, verdict, catalogue_version,"
                        + " assessment_date, recorded_at, recorded_by, request_json, result_gzip, result_sha256,"
                        + " request_sha256 FROM assessment WHERE id = ?", a);
                return List.of("assessment forged ROW_UNRECORDED");
            }
            default -> throw new IllegalArgumentException(edit.name());
        }
    }

    /**
     * Changes assessment {@code id}'s verdict PROHIBITED → ELIGIBLE in its result, its column and its SHA-256, as
     * an attacker who knows the format would; returns the row digest the changed row has.
     */
    private static String launder(Connection c, String id) throws Exception {
        ObjectNode result = (ObjectNode) Kumo.JSON.readTree(gunzip(bytes(c, "SELECT result_gzip FROM assessment WHERE id = ?", id)));
        assertThat(result.get("verdict").get("code").asText()).isEqualTo("PROHIBITED");
        ((ObjectNode) result.get("verdict")).put("code", "ELIGIBLE");
        String json = Kumo.JSON.writeValueAsString(result);
        update(c, "UPDATE assessment SET verdict = 'ELIGIBLE', result_gzip = ?, result_sha256 = ? WHERE id = ?",
                gzip(json), kumo.application.document.Digests.sha256(json), id);
        return rowDigest(c, id);
    }

    /** The digest kumo would record for assessment {@code id} as it is now stored (the attacker knows the code). */
    private static String rowDigest(Connection c, String id) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT id, system_id, service_id, previous_id, verdict,"
                + " catalogue_version, assessment_date, recorded_at, recorded_by, request_json, result_gzip"
                + " FROM assessment WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                var summary = new kumo.application.records.AssessmentSummary(r.getString(1), r.getString(2),
                        r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        java.time.LocalDate.parse(r.getString(7)), Instant.parse(r.getString(8)), r.getString(9));
                String request = r.getString(10);
                String result = gunzip(r.getBytes(11));
                var index = new kumo.application.records.service.AssessmentIndexer(kumo.domain.rules.v1.CatalogueV1.catalogue())
                        .index(Kumo.DOCUMENTS.readRequest(request));
                return kumo.application.records.audit.RowDigest.assessment(summary,
                        kumo.application.document.Digests.sha256(request),
                        kumo.application.document.Digests.sha256(result), index);
            }
        }
    }

    /** Copies {@code from}'s result gzip (and its SHA-256 when {@code withDigest}) onto assessment {@code to}. */
    private static void copyResult(Connection c, String from, String to, boolean withDigest) throws Exception {
        byte[] gzip = bytes(c, "SELECT result_gzip FROM assessment WHERE id = ?", from);
        String sha = value(c, "SELECT result_sha256 FROM assessment WHERE id = ?", from);
        if (withDigest) {
            update(c, "UPDATE assessment SET result_gzip = ?, result_sha256 = ? WHERE id = ?", gzip, sha, to);
        } else {
            update(c, "UPDATE assessment SET result_gzip = ? WHERE id = ?", gzip, to);
        }
    }

    /** Re-computes every event's hash from {@code fromSeq} on, and the head, as kumo would. */
    private static void rehash(Connection c, long fromSeq) throws Exception {
        String previous = value(c, "SELECT hash FROM audit_event WHERE seq = ?", fromSeq - 1);
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, at, actor, action, entity_type, entity_id, before_ref,"
                + " after_ref, detail FROM audit_event WHERE seq >= ? ORDER BY seq")) {
            s.setLong(1, fromSeq);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getString(9)});
                }
            }
        }
        long last = fromSeq;
        for (Object[] e : rows) {
            String hash = AuditChain.hash(previous, (Long) e[0], Instant.parse((String) e[1]), (String) e[2],
                    AuditAction.valueOf((String) e[3]), (String) e[4], (String) e[5], (String) e[6], (String) e[7],
                    (String) e[8]);
            update(c, "UPDATE audit_event SET previous_hash = ?, hash = ? WHERE seq = ?", previous, hash, e[0]);
            previous = hash;
            last = (Long) e[0];
        }
        update(c, "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", last, previous);
    }

    /** The same re-hash over an export's events. */
    private static void rehash(ArrayNode events) {
        String previous = AuditChain.GENESIS;
        for (JsonNode node : events) {
            ObjectNode e = (ObjectNode) node;
            String hash = AuditChain.hash(previous, e.get("seq").asLong(), Instant.parse(e.get("at").asText()),
                    e.get("actor").asText(), AuditAction.valueOf(e.get("action").asText()), e.get("entityType").asText(),
                    e.get("entityId").asText(), text(e, "beforeRef"), text(e, "afterRef"), text(e, "detail"));
            e.put("previousHash", previous);
            e.put("hash", hash);
            previous = hash;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ObjectNode assessment(ObjectNode export, String id) {
        for (JsonNode a : export.get("assessments")) {
            if (a.get("id").asText().equals(id)) {
                return (ObjectNode) a;
            }
        }
        throw new IllegalStateException("no assessment " + id + " in the export");
    }

    /** The digest of an export entry as the import stores it (the attacker knows the code). */
    private static String launderedDigest(ObjectNode entry) throws Exception {
        var request = Kumo.DOCUMENTS.readRequest(Kumo.JSON.writeValueAsBytes(entry.get("request")));
        var result = Kumo.DOCUMENTS.readResult(Kumo.JSON.writeValueAsString(entry.get("result")));
        var summary = new kumo.application.records.AssessmentSummary(entry.get("id").asText(),
                entry.get("systemId").asText(), entry.get("serviceId").asText(), text(entry, "previousId"),
                entry.get("verdict").asText(), entry.get("catalogueVersion").asText(),
                java.time.LocalDate.parse(entry.get("assessmentDate").asText()),
                Instant.parse(entry.get("recordedAt").asText()), entry.get("recordedBy").asText());
        return kumo.application.records.audit.RowDigest.assessment(summary, Documents.sha256(request),
                Documents.sha256(result), new kumo.application.records.service.AssessmentIndexer(kumo.domain.rules.v1.CatalogueV1.catalogue()).index(request));
    }

    private void refused(Fixture f, ObjectNode doctored, String name, String line) throws Exception {
        Path file = dir.resolve(name + ".json");
        Files.write(file, Kumo.JSON.writeValueAsBytes(doctored));
        String target = freshStore("import-" + name);
        Kumo.Run run = Kumo.run("store", "import", file.toString(), "--store", target);
        assertThat(run.exitCode()).as("%s: %s", name, run).isEqualTo(2);
        assertThat(run.err()).contains("取り込みません").contains(line).doesNotContain("Exception");
        Kumo.Run list = Kumo.run("service", "list", "--store", target);
        assertThat(list.out()).as("nothing imported").doesNotContain(f.service());
        assertThat(Kumo.run("audit", "list", "--store", target).out()).doesNotContain("ASSESSMENT_RECORDED");
    }

    // ---------------------------------------------------------------- JDBC

    private static void ok(Kumo.Run run, int code) {
        assertThat(run.exitCode()).as("%s", run).isEqualTo(code);
    }

    static String value(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return r.getString(1);
        }
    }

    private static byte[] bytes(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getBytes(1);
        }
    }

    static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args)) {
            assertThat(s.executeUpdate()).as("rows changed by %s", sql).isPositive();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof byte[] b) {
                s.setBytes(i + 1, b);
            } else if (args[i] instanceof Long l) {
                s.setLong(i + 1, l);
            } else {
                s.setString(i + 1, (String) args[i]);
            }
        }
        return s;
    }

    private static String gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
