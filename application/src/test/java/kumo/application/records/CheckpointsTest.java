package kumo.application.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.records.audit.AuditChain;
import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.AuditHead;
import kumo.application.records.audit.AuditVerifier;
import kumo.application.records.audit.AuditVerification;
import kumo.application.records.audit.Checkpoint;
import kumo.application.records.audit.CheckpointKeys;
import kumo.application.records.audit.CheckpointVerification;
import kumo.application.records.audit.Checkpoints;
import kumo.application.records.audit.RecordedHead;
import kumo.application.records.port.in.CheckpointAuditUseCase;
import kumo.application.records.port.in.StoreSession;

/**
 * Signed checkpoints over a store in memory: what a key proves (a re-hashed chain, a cut tail, a forged
 * checkpoint), what nothing proves without one, a checkpoint kept outside the store, a recorded head, and an import
 * that proves before it writes. The same attacks on real engines and through the CLI: app's end-to-end tests.
 */
class CheckpointsTest {

    private static final KeyPair KEYS = CheckpointKeys.generate();
    private static final List<PublicKey> KEY = List.of(KEYS.getPublic());

    /** A key pair and signature made once with OpenSSL 3.0 ({@code genpkey -algorithm ed25519}, {@code pkeyutl -sign -rawin}). */
    private static final String OPENSSL_PRIVATE = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEIM5FsFqBdjU4rpa2hfhMgXyjatHSrleRSfsEddsMW/94
            -----END PRIVATE KEY-----
            """;
    private static final String OPENSSL_PUBLIC = """
            -----BEGIN PUBLIC KEY-----
            MCowBQYDK2VwAyEA+gffHpeMARRPcdZWEcu3rwOfjPtAbKiCUkhLyM9jt+0=
            -----END PUBLIC KEY-----
            """;
    /** OpenSSL's signature of the text of a checkpoint of event 3 with hash "a" × 64 at 2026-12-01T00:00:00Z. */
    private static final String OPENSSL_SIGNATURE =
            "F+I3EGhq/iGRCXVkxw36z5VMH7rB5Vs7cKpEPG+mtevV4FTxxY9ygr95aDVGjwd6ohCWU8v4VW8fxHXGc5NBCQ==";

    private final InMemoryStore store = new InMemoryStore();
    private final Fixtures.MovableClock clock = new Fixtures.MovableClock(Instant.parse("2026-12-01T01:00:00Z"));
    private final StoreSession records = Fixtures.session(store, clock, () -> "id");

    private static CloudServiceProfileDto service() {
        return Fixtures.request(Fixtures.example("expired-certificate.json")).service();
    }

    /** {@code n} service saves: events 1…n. */
    private void changes(int n) {
        records.saveProfile().save(ProfileKind.SERVICE, "svc", service(), null, Fixtures.ACTOR);
        for (long v = 1; v < n; v++) {
            clock.advance(Duration.ofMinutes(1));
            records.saveProfile().save(ProfileKind.SERVICE, "svc", service(), v, Fixtures.ACTOR);
        }
    }

    private Checkpoint checkpoint() {
        CheckpointAuditUseCase.Signed signed = records.checkpointAudit().checkpoint(KEYS.getPrivate());
        assertThat(signed.chain().intact()).isTrue();
        return signed.checkpoint();
    }

    private CheckpointVerification verify(List<PublicKey> keys, Checkpoint... files) {
        return records.verifyCheckpoints().verify(keys,
                java.util.Arrays.stream(files).map(c -> new Checkpoints.Located(c, "kept.json")).toList(),
                Optional.empty());
    }

    private static List<String> kinds(CheckpointVerification v) {
        return v.problems().stream().map(AuditVerification.Problem::kind).toList();
    }

    private static AuditEvent withDetail(AuditEvent e, String detail) {
        return new AuditEvent(e.seq(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(), e.beforeRef(),
                e.afterRef(), detail, e.previousHash(), e.hash());
    }

    @Test
    void aCheckpointSignsTheHeadAndIsStoredAndAnIntactChainHoldsAgainstIt() {
        changes(3);
        Checkpoint c = checkpoint();
        assertThat(c.seq()).isEqualTo(3);
        assertThat(c.headHash()).isEqualTo(store.auditHead().orElseThrow().hash());
        assertThat(c.signedAt()).isEqualTo(clock.instant());
        assertThat(store.checkpoints()).containsExactly(c);
        records.saveProfile().save(ProfileKind.SERVICE, "svc", service(), 3L, Fixtures.ACTOR);
        CheckpointVerification v = verify(KEY);
        assertThat(v.holds()).isTrue();
        assertThat(v.keyGiven()).isTrue();
        assertThat(v.genuine()).isEqualTo(1);
        assertThat(v.anchoredAt()).isEqualTo(3);
    }

    @Test
    void aReHashedChainVerifiesInItselfAndIsCaughtOnlyWithTheKey() {
        changes(5);
        checkpoint();
        store.rehashFrom(2, e -> withDetail(e, "version 99"));
        assertThat(records.verifyAuditTrail().verify().intact()).isTrue();
        CheckpointVerification without = verify(List.of());
        assertThat(without.keyGiven()).isFalse();
        assertThat(without.checked()).isEqualTo(1);
        assertThat(without.holds()).isTrue();
        CheckpointVerification with = verify(KEY);
        assertThat(kinds(with)).containsExactly(Checkpoints.CHECKPOINT_MISMATCH);
        assertThat(with.anchoredAt()).isZero();
        assertThat(with.problems().get(0).text().en()).contains("event 5", "re-hashed");
    }

    @Test
    void aCutTailWithTheHeadMovedBackIsCaughtOnlyWithTheKey() {
        changes(5);
        checkpoint();
        AuditEvent third = store.auditEvents(3, 1).get(0);
        store.cutFrom(4);
        store.moveHead(new AuditHead(3, third.hash()));
        // the shorter chain holds in itself: only the rows the cut events had recorded may still betray it
        assertThat(records.verifyAuditTrail().verify().problems()).extracting(p -> p.table())
                .doesNotContain(AuditVerifier.EVENT_TABLE, AuditVerifier.HEAD_TABLE);
        assertThat(verify(List.of()).holds()).isTrue();
        CheckpointVerification with = verify(KEY);
        assertThat(kinds(with)).containsExactly(Checkpoints.CHECKPOINT_BEYOND_HEAD);
        assertThat(with.problems().get(0).text().ja()).contains("監査記録 5", "末尾");
        assertThat(with.problems().get(0).text().en()).contains("audit event 5", "removed");
    }

    @Test
    void aCheckpointAlteredOrSignedByAnotherKeyIsForged() {
        changes(3);
        Checkpoint genuine = checkpoint();
        Checkpoint moved = new Checkpoint(2, genuine.headHash(), genuine.signedAt(), genuine.signature());
        Checkpoint otherKey = Checkpoints.sign(new AuditHead(3, genuine.headHash()), clock.instant(),
                CheckpointKeys.generate().getPrivate());
        Checkpoint garbage = new Checkpoint(3, genuine.headHash(), genuine.signedAt(), "not base64 !");
        store.saveCheckpoint(moved);
        store.saveCheckpoint(otherKey);
        store.saveCheckpoint(garbage);
        CheckpointVerification v = verify(KEY);
        assertThat(kinds(v)).containsExactly(Checkpoints.CHECKPOINT_FORGED, Checkpoints.CHECKPOINT_FORGED,
                Checkpoints.CHECKPOINT_FORGED);
        assertThat(v.genuine()).isEqualTo(1);
        assertThat(v.problems().get(0).text().en()).contains("checkpoint of audit event 2", "the store", "not signed");
        assertThat(v.problems().get(0).text().ja()).contains("保存先", "署名されていません");
    }

    @Test
    void aCheckpointKeptOutsideTheStoreProvesTheChainWhenTheStoredOnesAreGone() {
        changes(5);
        // signed, then kept elsewhere only (the store's table emptied)
        Checkpoint kept = Checkpoints.sign(store.auditHead().orElseThrow(), clock.instant(), KEYS.getPrivate());
        assertThat(kinds(verify(KEY))).containsExactly(Checkpoints.CHECKPOINT_NONE);
        assertThat(verify(KEY, kept).holds()).isTrue();
        store.rehashFrom(1, e -> withDetail(e, "version 0"));
        CheckpointVerification v = verify(KEY, kept);
        assertThat(kinds(v)).containsExactly(Checkpoints.CHECKPOINT_MISMATCH);
        assertThat(v.problems().get(0).text().en()).contains("kept.json");
    }

    @Test
    void aBrokenChainIsNotSignedAndAnEmptyOneCannotBe() {
        StoreException empty = catchThrowableOfType(StoreException.class,
                () -> records.checkpointAudit().checkpoint(KEYS.getPrivate()));
        assertThat(empty.reason()).isEqualTo(StoreException.Reason.INVALID);
        assertThat(empty.text().en()).contains("nothing to sign");
        changes(3);
        store.tamper(2, e -> withDetail(e, "version 42"));
        CheckpointAuditUseCase.Signed refused = records.checkpointAudit().checkpoint(KEYS.getPrivate());
        assertThat(refused.checkpoint()).isNull();
        assertThat(refused.chain().intact()).isFalse();
        assertThat(store.checkpoints()).isEmpty();
    }

    @Test
    void aHeadRecordedElsewhereIsShortAndHoldsUntilTheChainIsRewritten() {
        changes(4);
        AuditHead head = records.showAuditHead().head().orElseThrow();
        RecordedHead recorded = RecordedHead.of(head);
        assertThat(recorded.toString()).isEqualTo("4:" + head.hash().substring(0, 16));
        assertThat(RecordedHead.parse(" 4:" + head.hash().toUpperCase() + " ", "--expect-head")).isEqualTo(
                new RecordedHead(4, head.hash()));
        records.saveProfile().save(ProfileKind.SERVICE, "svc", service(), 4L, Fixtures.ACTOR);
        assertThat(records.verifyCheckpoints().verify(List.of(), List.of(), Optional.of(recorded)).holds()).isTrue();
        store.rehashFrom(3, e -> withDetail(e, "version 7"));
        assertThat(kinds(records.verifyCheckpoints().verify(List.of(), List.of(), Optional.of(recorded))))
                .containsExactly(Checkpoints.RECORDED_HEAD_MISMATCH);
        assertThat(kinds(records.verifyCheckpoints().verify(List.of(), List.of(),
                Optional.of(new RecordedHead(9, recorded.hashPrefix()))))).containsExactly(
                        Checkpoints.RECORDED_HEAD_BEYOND_HEAD);
        for (String bad : List.of("", "4", "0:" + head.hash(), "4:abc", "4:" + "g".repeat(16), "x:" + head.hash(),
                "4:" + head.hash() + "0")) {
            StoreException e = catchThrowableOfType(StoreException.class, () -> RecordedHead.parse(bad, "--expect-head"));
            assertThat(e.reason()).as(bad).isEqualTo(StoreException.Reason.INVALID);
            assertThat(e.text().en()).as(bad).startsWith("--expect-head: ").contains("SEQ:HEX");
        }
    }

    @Test
    void keysAreWrittenAndReadAsPemAndOpenSslKeysAndSignaturesAreTheJdksToo() {
        PrivateKey privateKey = CheckpointKeys.privateKey(CheckpointKeys.pem(KEYS.getPrivate()), "k");
        PublicKey publicKey = CheckpointKeys.publicKey(CheckpointKeys.pem(KEYS.getPublic()), "p");
        assertThat(CheckpointKeys.pem(KEYS.getPrivate())).startsWith("-----BEGIN PRIVATE KEY-----\n");
        AuditHead head = new AuditHead(3, "a".repeat(64));
        assertThat(Checkpoints.signedBy(Checkpoints.sign(head, clock.instant(), privateKey), List.of(publicKey)))
                .isTrue();

        Instant at = Instant.parse("2026-12-01T00:00:00Z");
        Checkpoint byOpenSsl = new Checkpoint(3, "a".repeat(64), at, OPENSSL_SIGNATURE);
        PublicKey openSslPublic = CheckpointKeys.publicKey(OPENSSL_PUBLIC, "p.pem");
        assertThat(Checkpoints.signedBy(byOpenSsl, List.of(openSslPublic))).isTrue();
        assertThat(Checkpoints.signedBy(byOpenSsl, KEY)).isFalse();
        // Ed25519 is deterministic: the JDK signs the openssl key's checkpoint exactly as openssl did
        assertThat(Checkpoints.sign(head, at, CheckpointKeys.privateKey(OPENSSL_PRIVATE, "k.pem")).signature())
                .isEqualTo(OPENSSL_SIGNATURE);

        StoreException wrongKind = catchThrowableOfType(StoreException.class,
                () -> CheckpointKeys.privateKey(OPENSSL_PUBLIC, "p.pem"));
        assertThat(wrongKind.text().en()).isEqualTo(
                "Key file p.pem: a PEM \"PRIVATE KEY\" is needed, but the file holds a \"PUBLIC KEY\".");
        assertThat(catchThrowableOfType(StoreException.class, () -> CheckpointKeys.publicKey("hello", "p.pem"))
                .text().ja()).startsWith("鍵ファイル p.pem：PEM の「PUBLIC KEY」が見つかりません");
        String rsaLike = "-----BEGIN PUBLIC KEY-----\n" + Base64.getEncoder().encodeToString(new byte[44])
                + "\n-----END PUBLIC KEY-----\n";
        assertThat(catchThrowableOfType(StoreException.class, () -> CheckpointKeys.publicKey(rsaLike, "p.pem"))
                .text().en()).isEqualTo("Key file p.pem: the PEM \"PUBLIC KEY\" is not an Ed25519 key.");
    }

    // ---------------------------------------------------------------- export and import

    private byte[] export(StoreSession session) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        session.exportStore().exportTo(out);
        return out.toByteArray();
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    @Test
    void anExportCarriesItsCheckpointsAndAnExportWithoutThemIsWrittenAsBefore() throws Exception {
        changes(2);
        assertThat(new String(export(records), StandardCharsets.UTF_8)).doesNotContain("checkpoints");
        Checkpoint c = checkpoint();
        byte[] bytes = export(records);
        ObjectNode tree = (ObjectNode) Fixtures.JSON.readTree(bytes);
        assertThat(tree.get("checkpoints").get(0).get("signature").asText()).isEqualTo(c.signature());
        assertThat(StoreExportTest.exportSchema().validate(tree)).as("the published schema").isEmpty();
        ObjectNode badSignature = tree.deepCopy();
        ((ObjectNode) badSignature.withArray("checkpoints").get(0)).put("signature", "xyz");
        assertThat(StoreExportTest.exportSchema().validate(badSignature)).isNotEmpty();

        InMemoryStore target = new InMemoryStore();
        StoreSession copy = Fixtures.session(target, clock, () -> "id");
        ImportSummary summary = copy.importStore().importFrom(in(bytes), KEY);
        assertThat(summary.checkpoints()).isEqualTo(1);
        assertThat(summary.checkpointsProven()).isTrue();
        assertThat(target.checkpoints()).containsExactly(c);
        assertThat(export(copy)).isEqualTo(bytes);
    }

    @Test
    void anImportWhoseChainDoesNotHoldAgainstItsCheckpointsIsRefusedAndWritesNothing() throws Exception {
        changes(4);
        checkpoint();
        store.rehashFrom(2, e -> withDetail(e, "version 99"));
        byte[] rehashed = export(records);
        StoreException refused = catchThrowableOfType(StoreException.class,
                () -> Fixtures.session(new InMemoryStore(), clock, () -> "id").importStore().importFrom(in(rehashed),
                        KEY));
        assertThat(refused.reason()).isEqualTo(StoreException.Reason.INVALID);
        assertThat(refused.text().en()).startsWith("Not imported").contains("signed checkpoints", "re-hashed");

        // a forged checkpoint in the file, and one from another key
        ObjectNode tree = (ObjectNode) Fixtures.JSON.readTree(rehashed);
        ArrayNode checkpoints = (ArrayNode) tree.get("checkpoints");
        ((ObjectNode) checkpoints.get(0)).put("headHash", store.auditHead().orElseThrow().hash())
                .put("seq", store.auditHead().orElseThrow().seq());
        InMemoryStore target = new InMemoryStore();
        StoreException forged = catchThrowableOfType(StoreException.class, () -> Fixtures.session(target, clock,
                () -> "id").importStore().importFrom(in(Fixtures.JSON.writeValueAsBytes(tree)), KEY));
        assertThat(forged.text().en()).contains("not signed by the given key");
        assertThat(target.isEmpty()).isTrue();
        assertThat(target.checkpoints()).isEmpty();

        // without a key, the file is taken as it is (nothing proves it either way)
        assertThat(Fixtures.session(target, clock, () -> "id").importStore().importFrom(in(rehashed))
                .checkpointsProven()).isFalse();
    }

    @Test
    void anImportWithAKeyButNoCheckpointIsRefused() {
        changes(2);
        StoreException e = catchThrowableOfType(StoreException.class,
                () -> Fixtures.session(new InMemoryStore(), clock, () -> "id").importStore().importFrom(
                        in(export(records)), KEY));
        assertThat(e.text().en()).contains("No checkpoint signed by the given key");
    }

    @Test
    void theSignedTextIsFixed() {
        Checkpoint c = new Checkpoint(12, "b".repeat(64), Instant.parse("2026-12-01T00:00:00.5Z"), "x");
        assertThat(new String(c.signedText(), StandardCharsets.UTF_8)).isEqualTo(
                "kumo-audit-checkpoint/1\n12\n" + "b".repeat(64) + "\n2026-12-01T00:00:00.500000Z\n");
        assertThat(AuditChain.timestamp(c.signedAt())).isEqualTo("2026-12-01T00:00:00.500000Z");
    }
}
