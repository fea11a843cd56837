package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The anchor of the audit chain end to end (issue 8), in-process with the real wiring on real SQLite files: keys
 * made by {@code audit keygen} and by OpenSSL, {@code audit checkpoint}, {@code audit head}, {@code audit verify
 * --public-key / --checkpoint / --expect-head} and {@code store import --public-key}, against a chain re-hashed and
 * a tail cut (head moved back) behind kumo's back with plain SQL — both pass the chain check and are caught only
 * with the key — a forged checkpoint, and a checkpoint table emptied.
 */
class CheckpointEndToEndTest {

    /** A key pair made once with {@code openssl genpkey -algorithm ed25519} (OpenSSL 3.0) and {@code pkey -pubout}. */
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

    private static final Pattern RECORDED_HEAD = Pattern.compile("控え: (\\d+:[0-9a-f]{16})");

    @TempDir
    Path dir;

    private Path db;
    private String privateKey;
    private String publicKey;

    private String store() {
        return db.toString();
    }

    private Kumo.Run kumo(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--store";
        all[args.length + 1] = store();
        return Kumo.run(all);
    }

    private static Kumo.Run ok(Kumo.Run run) {
        assertThat(run.exitCode()).as("%s", run).isZero();
        return run;
    }

    /** {@code n} saves of one service: audit events 1…n. */
    private void changes(int from, int n) throws IOException {
        JsonNode service = Kumo.read(Kumo.example("expired-certificate.json")).get("service");
        Path file = Kumo.write(dir.resolve("service.json"), service);
        for (int i = from; i < from + n; i++) {
            if (i == 0) {
                ok(kumo("service", "save", file.toString()));
            } else {
                ok(kumo("service", "save", file.toString(), "--expect-version", String.valueOf(i)));
            }
        }
    }

    @BeforeEach
    void keysAndAChainOfFive() throws IOException {
        db = dir.resolve("kumo.db");
        privateKey = dir.resolve("kumo-audit.key").toString();
        publicKey = dir.resolve("kumo-audit.pub").toString();
        ok(Kumo.run("audit", "keygen", "--private", privateKey, "--public", publicKey));
        changes(0, 5);
    }

    @Test
    void keygenMakesTwoNewPemFilesThePrivateOneForItsOwnerOnlyAndNeverOverwrites() throws IOException {
        assertThat(Files.readString(Path.of(privateKey))).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(Path.of(publicKey))).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(privateKey))))
                .isEqualTo("rw-------");
        byte[] before = Files.readAllBytes(Path.of(privateKey));
        Kumo.Run again = Kumo.run("audit", "keygen", "--private", privateKey, "--public", dir.resolve("new.pub").toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("既に存在します");
        assertThat(Files.readAllBytes(Path.of(privateKey))).isEqualTo(before);
        assertThat(dir.resolve("new.pub")).doesNotExist();

        Files.createSymbolicLink(dir.resolve("dangling.key"), dir.resolve("nowhere"));
        Kumo.Run viaLink = Kumo.run("audit", "keygen", "--private", dir.resolve("dangling.key").toString(),
                "--public", dir.resolve("other.pub").toString(), "--lang", "en");
        assertThat(viaLink.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("nowhere")).doesNotExist();
        assertThat(dir.resolve("other.pub")).doesNotExist();
    }

    @Test
    void aCheckpointIsSignedStoredAndWrittenAndAnIntactChainHoldsAgainstIt() throws IOException {
        Path kept = dir.resolve("checkpoint.json");
        Kumo.Run signed = ok(kumo("audit", "checkpoint", "--key", privateKey, "--out", kept.toString()));
        assertThat(signed.out()).contains("監査ログの末尾 #5 に署名しました", "5:");
        JsonNode file = Kumo.JSON.readTree(kept.toFile());
        assertThat(file.get("kumo").asText()).isEqualTo("kumo-audit-checkpoint/1");
        assertThat(file.get("seq").asLong()).isEqualTo(5);
        assertThat(signed.out() + signed.err()).doesNotContain("PRIVATE KEY", Files.readString(Path.of(privateKey))
                .lines().skip(1).findFirst().orElseThrow());

        Kumo.Run again = kumo("audit", "checkpoint", "--key", privateKey, "--out", kept.toString());
        assertThat(again.exitCode()).as("an existing --out file is refused before anything is signed").isEqualTo(2);

        changes(5, 1);
        Kumo.Run without = ok(kumo("audit", "verify"));
        assertThat(without.out()).contains("監査ログは改ざんされていません", "署名付きチェックポイントとは照合していません（記録 1 件）");
        Kumo.Run with = ok(kumo("audit", "verify", "--public-key", publicKey, "--lang", "en"));
        assertThat(with.out()).contains("The record is intact", "proven up to event #5");
        ok(kumo("audit", "verify", "--public-key", publicKey, "--checkpoint", kept.toString()));
    }

    @Test
    void aReHashedChainIsCaughtWithTheKeyAndNotWithout() throws Exception {
        ok(kumo("audit", "checkpoint", "--key", privateKey));
        Tamper.rehashFrom(db, 2, "version 99");

        Kumo.Run without = kumo("audit", "verify");
        assertThat(without.exitCode()).as("%s", without).isZero();
        assertThat(without.out()).contains("照合していません");
        Kumo.Run with = kumo("audit", "verify", "--public-key", publicKey);
        assertThat(with.exitCode()).as("%s", with).isEqualTo(6);
        assertThat(with.out()).contains("audit_checkpoint 5 CHECKPOINT_MISMATCH", "ハッシュが計算し直されています")
                .as("a chain that fails its anchor is not called intact").doesNotContain("改ざんされていません")
                .contains("照合先と一致しません");
        Kumo.Run withEn = kumo("audit", "verify", "--public-key", publicKey, "--lang", "en");
        assertThat(withEn.out()).contains("audit_checkpoint 5 CHECKPOINT_MISMATCH", "re-hashed");
    }

    @Test
    void aCutTailWithTheHeadMovedBackIsCaughtByTheRowsItLeftAndByTheKey() throws Exception {
        ok(kumo("audit", "checkpoint", "--key", privateKey));
        Tamper.cutTail(db, 3);

        // the cut events had recorded rows that are still there: the record check betrays the cut without a key
        // (a cut that leaves no row behind is caught only with the key: TamperSuite)
        Kumo.Run without = kumo("audit", "verify", "--lang", "en");
        assertThat(without.exitCode()).as("%s", without).isEqualTo(6);
        assertThat(without.out()).doesNotContain("CHECKPOINT_");
        Kumo.Run with = kumo("audit", "verify", "--public-key", publicKey, "--lang", "en");
        assertThat(with.exitCode()).as("%s", with).isEqualTo(6);
        assertThat(with.out()).contains("audit_checkpoint 5 CHECKPOINT_BEYOND_HEAD", "beyond the chain's head (3)");
    }

    @Test
    void aForgedCheckpointIsReported() throws Exception {
        ok(kumo("audit", "checkpoint", "--key", privateKey));
        Tamper.sql(db, "UPDATE audit_checkpoint SET seq = 4");
        Kumo.Run with = kumo("audit", "verify", "--public-key", publicKey);
        assertThat(with.exitCode()).as("%s", with).isEqualTo(6);
        assertThat(with.out()).contains("audit_checkpoint 4 CHECKPOINT_FORGED", "署名されていません", "audit_checkpoint 5 CHECKPOINT_NONE");
    }

    @Test
    void aCheckpointFileKeptElsewhereProvesTheChainAfterTheTableWasEmptied() throws Exception {
        Path kept = dir.resolve("kept.json");
        ok(kumo("audit", "checkpoint", "--key", privateKey, "--out", kept.toString()));
        Tamper.sql(db, "DELETE FROM audit_checkpoint");
        Tamper.rehashFrom(db, 1, "version 0");

        Kumo.Run tableOnly = kumo("audit", "verify", "--public-key", publicKey);
        assertThat(tableOnly.exitCode()).isEqualTo(6);
        assertThat(tableOnly.out()).contains("CHECKPOINT_NONE");
        Kumo.Run withFile = kumo("audit", "verify", "--public-key", publicKey, "--checkpoint", kept.toString(),
                "--lang", "en");
        assertThat(withFile.exitCode()).as("%s", withFile).isEqualTo(6);
        assertThat(withFile.out()).contains("audit_checkpoint 5 CHECKPOINT_MISMATCH", kept.toString());

        Kumo.Run noKey = kumo("audit", "verify", "--checkpoint", kept.toString());
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("--checkpoint には --public-key が必要です");
    }

    @Test
    void theHeadIsShownShortAndARecordedHeadIsCheckedWithOrWithoutAKey() throws Exception {
        Kumo.Run head = ok(kumo("audit", "head"));
        Matcher m = RECORDED_HEAD.matcher(head.out());
        assertThat(m.find()).as("%s", head).isTrue();
        String recorded = m.group(1);
        assertThat(recorded).startsWith("5:");
        JsonNode json = Kumo.JSON.readTree(ok(kumo("audit", "head", "--format", "json")).out());
        assertThat(json.get("seq").asLong()).isEqualTo(5);
        assertThat(json.get("hash").asText()).hasSize(64).startsWith(recorded.substring(2));
        assertThat(json.get("recorded").asText()).isEqualTo(recorded);

        changes(5, 2);
        assertThat(ok(kumo("audit", "verify", "--expect-head", recorded)).out()).contains("控えた末尾 " + recorded);
        Tamper.rehashFrom(db, 4, "version 44");
        Kumo.Run rewritten = kumo("audit", "verify", "--expect-head", recorded);
        assertThat(rewritten.exitCode()).as("%s", rewritten).isEqualTo(6);
        assertThat(rewritten.out()).contains("audit_event 5 RECORDED_HEAD_MISMATCH");

        Kumo.Run bad = kumo("audit", "verify", "--expect-head", "5-abc", "--lang", "en");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--expect-head: \"5-abc\" is not a recorded head");
    }

    @Test
    void keysMadeByOpenSslWorkAndAWrongKeyFileIsBadInput() throws IOException {
        Path sslPrivate = Files.writeString(dir.resolve("ssl.key"), OPENSSL_PRIVATE, StandardCharsets.US_ASCII);
        Path sslPublic = Files.writeString(dir.resolve("ssl.pub"), OPENSSL_PUBLIC, StandardCharsets.US_ASCII);
        Kumo.Run signed = ok(kumo("audit", "checkpoint", "--key", sslPrivate.toString()));
        assertThat(signed.err()).as("the key file is readable by others").contains("chmod 600");
        ok(kumo("audit", "verify", "--public-key", sslPublic.toString()));
        Kumo.Run otherKey = kumo("audit", "verify", "--public-key", publicKey);
        assertThat(otherKey.exitCode()).isEqualTo(6);
        assertThat(otherKey.out()).contains("CHECKPOINT_FORGED");
        ok(kumo("audit", "verify", "--public-key", publicKey, "--public-key", sslPublic.toString()));

        Kumo.Run swapped = kumo("audit", "checkpoint", "--key", sslPublic.toString(), "--lang", "en");
        assertThat(swapped.exitCode()).isEqualTo(2);
        assertThat(swapped.err()).contains("a PEM \"PRIVATE KEY\" is needed, but the file holds a \"PUBLIC KEY\"")
                .doesNotContain("Exception");
        Kumo.Run missing = kumo("audit", "verify", "--public-key", dir.resolve("none.pub").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
    }

    @Test
    void anImportProvesTheChainAgainstItsCheckpointsBeforeWritingAnything() throws Exception {
        ok(kumo("audit", "checkpoint", "--key", privateKey));
        Path good = dir.resolve("good.json");
        ok(kumo("store", "export", good.toString()));
        assertThat(Kumo.JSON.readTree(good.toFile()).get("checkpoints")).hasSize(1);

        Path copy = dir.resolve("copy.db");
        Kumo.Run imported = ok(Kumo.run("store", "import", good.toString(), "--public-key", publicKey, "--store",
                copy.toString()));
        assertThat(imported.out()).contains("署名付きチェックポイント 1 件。書き込む前に連鎖と照合しました");
        Path again = dir.resolve("again.json");
        ok(Kumo.run("store", "export", again.toString(), "--store", copy.toString()));
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(good));
        ok(Kumo.run("audit", "verify", "--public-key", publicKey, "--store", copy.toString()));

        Tamper.rehashFrom(db, 2, "version 99");
        Path doctored = dir.resolve("doctored.json");
        ok(kumo("store", "export", doctored.toString()));
        Path target = dir.resolve("target.db");
        Kumo.Run refused = Kumo.run("store", "import", doctored.toString(), "--public-key", publicKey, "--store",
                target.toString(), "--lang", "en");
        assertThat(refused.exitCode()).as("%s", refused).isEqualTo(2);
        assertThat(refused.err()).contains("Not imported", "signed checkpoints", "Nothing was written");
        assertThat(ok(Kumo.run("audit", "head", "--store", target.toString())).out()).contains("監査記録はまだありません");
        assertThat(Kumo.run("store", "import", doctored.toString(), "--store", target.toString()).out())
                .as("without a key, nothing proves it either way").contains("照合していません");
    }
}
