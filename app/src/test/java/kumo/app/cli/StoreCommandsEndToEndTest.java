package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The store commands end to end, in-process with the real wiring, on a real SQLite file under target/.
 */
class StoreCommandsEndToEndTest {

    private static final Pattern RECORDED = Pattern.compile("評価を記録しました: ID (\\S+)（");

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("kumo.db").toString();
    }

    /** The service profile of an example request, as a bare profile file. */
    private Path serviceFile(String name) throws IOException {
        JsonNode service = Kumo.read(Kumo.example("expired-certificate.json")).get("service");
        return Kumo.write(dir.resolve(name), service);
    }

    private static String recordedId(Kumo.Run run) {
        Matcher m = RECORDED.matcher(run.out());
        assertThat(m.find()).as("the recorded id in\n%s", run).isTrue();
        return m.group(1);
    }

    @Test
    void aServiceIsSavedListedShownAndUpdatedAndAStaleSaveIsAConflict() throws IOException {
        Path bare = serviceFile("service.json");

        Kumo.Run created = Kumo.run("service", "save", bare.toString(), "--store", store(), "--actor", "山田");
        Kumo.Run list = Kumo.run("service", "list", "--store", store());
        Kumo.Run shown = Kumo.run("service", "show", "Example Health Booking", "--store", store(), "--format", "json");

        assertThat(created.exitCode()).as("%s", created).isZero();
        assertThat(created.out()).contains("クラウドサービス「Example Health Booking」を登録しました（版 1）。");
        assertThat(list.exitCode()).as("%s", list).isZero();
        assertThat(list.out()).contains("Example Health Booking  版1", "山田", "Example Medical IT Co., Ltd.");
        assertThat(shown.exitCode()).isZero();
        ObjectNode v1 = (ObjectNode) Kumo.JSON.readTree(shown.out());
        assertThat(v1.get("kumo").asText()).isEqualTo("service-record/1");
        assertThat(v1.get("version").asLong()).isEqualTo(1);
        assertThat(v1.get("updatedBy").asText()).isEqualTo("山田");
        assertThat(Kumo.service(v1.get("profile"))).isEqualTo(Kumo.service(Kumo.read(bare)));

        // two people edit version 1: the first one's save wins, the second gets a conflict
        Path stale = Kumo.write(dir.resolve("stale.json"), v1.deepCopy());
        ObjectNode edited = v1.deepCopy();
        ((ObjectNode) edited.get("profile")).put("provider", "Example Medical IT Holdings");
        Kumo.Run update = Kumo.run("service", "save", Kumo.write(dir.resolve("edited.json"), edited).toString(),
                "--store", store(), "--actor", "佐藤");
        ((ObjectNode) ((ObjectNode) v1.get("profile")).get("security")).put("logRetentionDays", 10);
        Kumo.Run conflict = Kumo.run("service", "save", Kumo.write(stale, v1).toString(), "--store", store(), "--actor", "鈴木");
        Kumo.Run conflictEn = Kumo.run("service", "save", stale.toString(), "--store", store(), "--lang", "en");
        Kumo.Run recreate = Kumo.run("service", "save", bare.toString(), "--store", store());

        assertThat(update.exitCode()).as("%s", update).isZero();
        assertThat(update.out()).contains("クラウドサービス「Example Health Booking」を更新しました（版 2）。");
        assertThat(conflict.exitCode()).as("%s", conflict).isEqualTo(4);
        assertThat(conflict.out()).isEmpty();
        assertThat(conflict.err()).startsWith("kumo: エラー: ").contains("Example Health Booking", "版 1", "版 2")
                .doesNotContain("Exception", "SQLITE_", "at kumo.");
        assertThat(conflictEn.exitCode()).isEqualTo(4);
        assertThat(conflictEn.err()).startsWith("kumo: error: ").contains("changed by someone else", "version 2");
        assertThat(recreate.exitCode()).isEqualTo(4);
        assertThat(recreate.err()).contains("既に版 2 で保存されています");

        Kumo.Run after = Kumo.run("service", "show", "Example Health Booking", "--store", store(), "--format", "json");
        JsonNode stored = Kumo.JSON.readTree(after.out());
        assertThat(stored.get("version").asLong()).isEqualTo(2);
        assertThat(stored.get("updatedBy").asText()).isEqualTo("佐藤");
        assertThat(Kumo.service(stored.get("profile"))).isEqualTo(Kumo.service(edited.get("profile")));
        Kumo.Run text = Kumo.run("service", "show", "Example Health Booking", "--store", store());
        assertThat(text.out()).contains("クラウドサービス「Example Health Booking」", "版: 2", "佐藤",
                "Example Medical IT Holdings");
        // the validity of the stored service's evidence, on the test clock's day (2026-11-28 in Japan)
        assertThat(text.out()).contains("日付のある証拠（2026-11-28 時点）: 2件",
                "2026-09-30  期限切れ（59日経過）  認証 CLD-HB-552", "2027-09-30  あと306日  認証 ISMS-HB-552");
        assertThat(text.out().indexOf("CLD-HB-552")).as("soonest first").isLessThan(text.out().indexOf("ISMS-HB-552"));
    }

    @Test
    void recordedAssessmentsAreListedShownDiffedAndTheirEvidenceWatched() throws IOException {
        Path first = Kumo.example("expired-certificate.json");
        ObjectNode renewed = Kumo.read(first);
        ((ObjectNode) renewed.at("/service/certifications/1")).put("validUntil", "2029-09-30");
        Path second = Kumo.write(dir.resolve("renewed.json"), renewed);

        Kumo.Run one = Kumo.run("assess", first.toString(), "--record", "--store", store(), "--actor", "鈴木");
        Kumo.Run beforeRenewal = Kumo.run("assessment", "expiring", "--within", "0", "--store", store());
        Kumo.Run two = Kumo.run("assess", second.toString(), "--record", "--store", store(), "--actor", "鈴木",
                "--system-id", "health-booking");
        Kumo.Run three = Kumo.run("assess", second.toString(), "--record", "--store", store(), "--actor", "鈴木",
                "--system-id", "health-booking", "--format", "json");

        assertThat(one.exitCode()).as("%s", one).isEqualTo(30);
        assertThat(one.out()).contains("判定: 利用不可（NOT_ELIGIBLE）");
        String id1 = recordedId(one);
        assertThat(beforeRenewal.exitCode()).isZero();
        assertThat(beforeRenewal.out()).contains("証拠: 1件", "2026-09-30  期限切れ（59日経過）", "CLD-HB-552");
        assertThat(two.exitCode()).as("%s", two).isNotEqualTo(30).isIn(0, 10);
        String id2 = recordedId(two);
        // with --format json standard output is the result document alone; the id goes to standard error
        assertThat(three.exitCode()).isEqualTo(two.exitCode());
        assertThat(Kumo.JSON.readTree(three.out()).get("kumo").asText()).isEqualTo("assessment-result-compact/1");
        assertThat(three.err()).contains("評価を記録しました: ID ");

        Kumo.Run all = Kumo.run("assessment", "list", "--store", store());
        Kumo.Run notEligible = Kumo.run("assessment", "list", "--store", store(), "--verdict", "not_eligible");
        Kumo.Run bySystem = Kumo.run("assessment", "list", "--store", store(), "--system", "health-booking",
                "--format", "json", "--page-size", "1");

        assertThat(all.exitCode()).as("%s", all).isZero();
        assertThat(all.out()).contains(id1, id2, "全3件");
        assertThat(all.out().indexOf(id2)).as("newest first").isLessThan(all.out().indexOf(id1));
        assertThat(notEligible.out()).contains(id1).doesNotContain(id2).contains("全1件");
        JsonNode page = Kumo.JSON.readTree(bySystem.out());
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("systemId").asText()).isEqualTo("health-booking");
        assertThat(page.get("items").get(0).get("previousId").asText()).isEqualTo(id2);

        // show: the stored result is the one 'kumo assess --format json-full' prints for the same request
        Kumo.Run shownText = Kumo.run("assessment", "show", id1, "--store", store());
        Kumo.Run shownJson = Kumo.run("assessment", "show", id1, "--store", store(), "--format", "json");
        Kumo.Run assessedJson = Kumo.run("assess", first.toString(), "--format", "json-full");
        Kumo.Run shownRequest = Kumo.run("assessment", "show", id1, "--store", store(), "--format", "request");
        assertThat(shownText.exitCode()).isZero();
        assertThat(shownText.out()).contains("記録した評価 " + id1, "鈴木", "判定: 利用不可（NOT_ELIGIBLE）", "次の対応");
        assertThat(shownJson.out()).isEqualTo(assessedJson.out());
        assertThat(Kumo.request(shownRequest.out())).isEqualTo(Kumo.request(Files.readString(first)));
        Kumo.Run missing = Kumo.run("assessment", "show", "no-such-id", "--store", store(), "--lang", "en");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("No assessment \"no-such-id\" is stored.");

        // diff: the renewed certificate and the verdict change; different systems cannot be compared
        Kumo.Run diff = Kumo.run("assessment", "diff", id2, Kumo.JSON.readTree(bySystem.out())
                .get("items").get(0).get("id").asText(), "--store", store());
        assertThat(diff.exitCode()).as("%s", diff).isZero();
        assertThat(diff.out()).contains("判定: 変化なし", "事実の変更（0件）");
        Kumo.Run otherSystems = Kumo.run("assessment", "diff", id1, id2, "--store", store());
        assertThat(otherSystems.exitCode()).isEqualTo(2);
        assertThat(otherSystems.err()).startsWith("kumo: エラー: ");

        Path sameSystem = Kumo.write(dir.resolve("renewed-same-system.json"), renewed);
        Kumo.Run four = Kumo.run("assess", sameSystem.toString(), "--record", "--store", store());
        String id4 = recordedId(four);
        Kumo.Run changed = Kumo.run("assessment", "diff", id4, id1, "--store", store());
        assertThat(changed.exitCode()).as("%s", changed).isZero();
        assertThat(changed.out()).contains("評価の差分: " + id1 + " → " + id4, "判定: 利用不可（NOT_ELIGIBLE） → ",
                "/service/certifications/1/validUntil: \"2026-09-30\" → \"2029-09-30\"", "ASR-01: NOT_MET → ");

        // expiring: only each system's latest assessment counts, and the renewed certificate is not expired
        Kumo.Run soon = Kumo.run("assessment", "expiring", "--within", "400", "--store", store());
        Kumo.Run ever = Kumo.run("assessment", "expiring", "--within", "36500", "--store", store(), "--lang", "en");
        Kumo.Run none = Kumo.run("assessment", "expiring", "--within", "0", "--store", store());
        assertThat(soon.out()).contains("2027-09-30", "あと306日").doesNotContain("2029-09-30", "2026-09-30");
        assertThat(ever.out()).contains("2027-09-30", "2029-09-30").doesNotContain("2026-09-30");
        assertThat(none.out()).contains("0日以内（2026-11-28まで）に期限を迎える、又は期限切れの証拠: 0件")
                .doesNotContain("期限切れ（");
    }

    @Test
    void aDeletedSystemIsGoneAndTheAuditTrailSaysWhyAndStaysIntact() throws IOException {
        Kumo.Run recorded = Kumo.run("assess", Kumo.example("expired-certificate.json").toString(), "--record",
                "--store", store(), "--system-id", "health-booking", "--actor", "鈴木");
        assertThat(recorded.exitCode()).as("%s", recorded).isEqualTo(30);

        Kumo.Run wrongVersion = Kumo.run("system", "delete", "health-booking", "--reason", "依頼 2026-123",
                "--expect-version", "7", "--store", store());
        Kumo.Run deleted = Kumo.run("system", "delete", "health-booking", "--reason", "依頼 2026-123",
                "--store", store(), "--actor", "情報管理者 山田");
        Kumo.Run again = Kumo.run("system", "delete", "health-booking", "--reason", "依頼 2026-123", "--store", store());

        assertThat(wrongVersion.exitCode()).isEqualTo(4);
        assertThat(deleted.exitCode()).as("%s", deleted).isZero();
        assertThat(deleted.out()).contains("システム「health-booking」（版 1）とその評価 1件を削除しました");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(Kumo.run("system", "show", "health-booking", "--store", store()).exitCode()).isEqualTo(2);
        assertThat(Kumo.run("assessment", "list", "--system", "health-booking", "--store", store()).out())
                .contains("該当なし（全0件");
        assertThat(Kumo.run("service", "show", "Example Health Booking", "--store", store()).exitCode())
                .as("services are kept").isZero();

        Kumo.Run audit = Kumo.run("audit", "list", "--store", store());
        assertThat(audit.exitCode()).isZero();
        assertThat(audit.out()).contains("SYSTEM_CREATED", "SERVICE_CREATED", "ASSESSMENT_RECORDED", "SYSTEM_DELETED",
                "情報管理者 山田", "詳細: 依頼 2026-123");
        Kumo.Run tail = Kumo.run("audit", "list", "--store", store(), "--from", "2", "--limit", "1", "--format", "json");
        assertThat(Kumo.JSON.readTree(tail.out()).get("events")).hasSize(1);
        assertThat(Kumo.run("audit", "verify", "--store", store()).exitCode()).isZero();
    }

    @Test
    void exportImportExportGivesTheSameBytesAndABackupOpens() throws IOException {
        assertThat(Kumo.run("service", "save", serviceFile("service.json").toString(), "--store", store()).exitCode()).isZero();
        assertThat(Kumo.run("assess", Kumo.example("eligible-ismap-iaas.json").toString(), "--record", "--store", store())
                .exitCode()).isZero();
        assertThat(Kumo.run("assess", Kumo.example("expired-certificate.json").toString(), "--record", "--store", store())
                .exitCode()).isEqualTo(30);
        assertThat(Kumo.run("system", "delete", "健康診査 予約・結果管理", "--reason", "test", "--store", store())
                .exitCode()).isZero();

        Path first = dir.resolve("first.json");
        Path copy = dir.resolve("copy.db");
        Path second = dir.resolve("second.json");
        Kumo.Run export = Kumo.run("store", "export", first.toString(), "--store", store());
        Kumo.Run imported = Kumo.run("store", "import", first.toString(), "--store", copy.toString());
        Kumo.Run again = Kumo.run("store", "export", second.toString(), "--store", copy.toString());
        Kumo.Run toStdout = Kumo.run("store", "export", "-", "--store", copy.toString());
        Kumo.Run intoFull = Kumo.run("store", "import", first.toString(), "--store", copy.toString());

        assertThat(export.exitCode()).as("%s", export).isZero();
        assertThat(imported.exitCode()).as("%s", imported).isZero();
        assertThat(imported.out()).contains("サービス 2件", "システム 1件", "評価 1件");
        assertThat(again.exitCode()).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(toStdout.outBytes()).isEqualTo(Files.readAllBytes(first));
        assertThat(Kumo.JSON.readTree(first.toFile()).get("kumo").asText()).isEqualTo("kumo-store-export/1");
        assertThat(intoFull.exitCode()).as("an import needs an empty store").isEqualTo(2);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));

        Path backup = dir.resolve("backup.db");
        Kumo.Run backedUp = Kumo.run("store", "backup", backup.toString(), "--store", store());
        assertThat(backedUp.exitCode()).as("%s", backedUp).isZero();
        Kumo.Run fromBackup = Kumo.run("store", "export", "-", "--store", backup.toString());
        assertThat(fromBackup.outBytes()).isEqualTo(Files.readAllBytes(first));
        assertThat(Kumo.run("audit", "verify", "--store", backup.toString()).exitCode()).isZero();
        assertThat(Kumo.run("store", "backup", backup.toString(), "--store", store()).exitCode())
                .as("a backup is never overwritten").isEqualTo(2);
    }

    @Test
    void theAuditChainIsIntactUntilARowIsAlteredBehindKumosBack() throws Exception {
        assertThat(Kumo.run("service", "save", serviceFile("service.json").toString(), "--store", store()).exitCode()).isZero();
        assertThat(Kumo.run("assess", Kumo.example("eligible-ismap-iaas.json").toString(), "--record", "--store", store())
                .exitCode()).isZero();

        Kumo.Run intact = Kumo.run("audit", "verify", "--store", store());
        assertThat(intact.exitCode()).as("%s", intact).isZero();
        assertThat(intact.out()).contains("監査ログは改ざんされていません");

        Tamper.auditActor(dir.resolve("kumo.db"), 2, "mallory");

        Kumo.Run broken = Kumo.run("audit", "verify", "--store", store());
        Kumo.Run brokenEn = Kumo.run("audit", "verify", "--store", store(), "--lang", "en");
        assertThat(broken.exitCode()).as("%s", broken).isEqualTo(6);
        assertThat(broken.out()).contains("記録が改ざんされています", "  audit_event 2 HASH_MISMATCH: 監査記録 2 ");
        assertThat(brokenEn.exitCode()).isEqualTo(6);
        assertThat(brokenEn.out()).contains("The record does not prove itself", "  audit_event 2 HASH_MISMATCH: Audit event 2 ");
    }

    @Test
    void aCorruptOrForeignFileIsRefusedAndLeftAsItWas() throws Exception {
        Path corrupt = Files.write(dir.resolve("corrupt.db"),
                "SQLite format 3\0 but then nothing of the kind".repeat(200).getBytes(StandardCharsets.UTF_8));
        Path text = Files.writeString(dir.resolve("notes.txt"), "会議メモ: クラウド利用の検討\n".repeat(100));
        Path foreign = Tamper.foreignDatabase(dir.resolve("customers.db"));
        byte[] corruptBefore = Files.readAllBytes(corrupt);
        byte[] textBefore = Files.readAllBytes(text);
        byte[] foreignBefore = Files.readAllBytes(foreign);

        Kumo.Run onCorrupt = Kumo.run("service", "list", "--store", corrupt.toString());
        Kumo.Run onText = Kumo.run("service", "save", serviceFile("s.json").toString(), "--store", text.toString(), "--lang", "en");
        Kumo.Run onForeign = Kumo.run("audit", "verify", "--store", foreign.toString());

        for (Kumo.Run run : new Kumo.Run[] {onCorrupt, onText, onForeign}) {
            assertThat(run.exitCode()).as("%s", run).isEqualTo(5);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith(run == onText ? "kumo: error: " : "kumo: エラー: ")
                    .doesNotContain("Exception", "SQLITE_", "select ", "at kumo.", "at org.");
        }
        assertThat(onCorrupt.err()).contains("保存先: " + corrupt);
        assertThat(onText.err()).contains("Store: " + text);
        assertThat(onForeign.err()).contains("保存先: " + foreign);
        assertThat(Files.readAllBytes(corrupt)).isEqualTo(corruptBefore);
        assertThat(Files.readAllBytes(text)).isEqualTo(textBefore);
        assertThat(Files.readAllBytes(foreign)).isEqualTo(foreignBefore);
        assertThat(Tamper.tables(foreign)).containsExactly("customers");
    }
}
