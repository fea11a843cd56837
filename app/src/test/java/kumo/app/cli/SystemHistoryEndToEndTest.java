package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code kumo system history} end to end on a real SQLite file: the assessments of docs/examples/full-city-record.json
 * (recorded alone, then again in a batch with a decision re-dated), oldest first with their verdicts, and the risk
 * decisions and CIO-advisor consultations each one recorded.
 */
class SystemHistoryEndToEndTest {

    private static final String SYSTEM = "子育て相談記録システム";

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("kumo.db").toString();
    }

    @Test
    void theHistoryShowsEveryAssessmentWithItsRiskDecisionsAndConsultationsOldestFirst() throws IOException {
        Path full = Kumo.example("full-city-record.json");
        JsonNode request = Kumo.read(full);
        int decisions = 0;
        for (JsonNode d : request.at("/plan/riskDecisions")) {
            decisions += d.hasNonNull("treatment") ? 1 : 0;
        }
        assertThat(decisions).isGreaterThan(10);
        Kumo.Run first = Kumo.run("assess", full.toString(), "--record", "--store", store(), "--actor", "山田");
        Matcher m = Pattern.compile("評価を記録しました: ID (\\S+)（").matcher(first.out());
        assertThat(m.find()).as("%s", first).isTrue();
        String id1 = m.group(1);
        ObjectNode redated = Kumo.read(full);
        ((ObjectNode) redated.at("/plan/riskDecisions/0")).put("decidedOn", "2026-11-12");
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Kumo.write(batch.resolve("full-redated.json"), redated);
        Files.copy(Kumo.example("expired-certificate.json"), batch.resolve("other-system.json"));
        Kumo.Run second = Kumo.run("assess", batch.toString(), "--record", "--store", store(), "--actor", "佐藤",
                "--format", "json");
        assertThat(second.exitCode()).as("%s", second).isEqualTo(30);
        String id2 = Kumo.JSON.readTree(second.out()).at("/results/0/id").asText();
        assertThat(id2).isNotBlank().isNotEqualTo(id1);

        Kumo.Run text = Kumo.run("system", "history", SYSTEM, "--store", store());

        assertThat(text.exitCode()).as("%s", text).isZero();
        String out = text.out();
        assertThat(out).startsWith("システム「" + SYSTEM + "」の履歴: 評価 2件、リスク判断 " + 2 * decisions
                + "件、CIO補佐官への協議 4件")
                .contains("名称: " + SYSTEM + " / こども家庭局 子育て支援課", "評価（古い順、2件）",
                        "利用可（ELIGIBLE）  サービス「Example Regional IaaS (Tokyo and Osaka)」  評価日 2026-11-28  記録者 山田  ID " + id1,
                        "記録者 佐藤  ID " + id2,
                        "リスク判断（評価ごと、古い順、" + 2 * decisions + "件）",
                        "    R01 DoS攻撃: 受容（ACCEPT）、2026-11-10 に こども家庭局 子育て支援課長（情報管理者） が決定",
                        "    R01 DoS攻撃: 受容（ACCEPT）、2026-11-12 に こども家庭局 子育て支援課長（情報管理者） が決定",
                        "R02 ", "低減（機能を備えたサービスを選ぶ）（MITIGATE）",
                        "CIO補佐官への協議（評価ごと、古い順、4件）",
                        "    企画段階（PLANNING）: 2026-07-10 実施、意見: 条件付き（CONDITIONS）、記録者 情報政策課 企画係",
                        "    予算要求段階（BUDGET）: 2026-10-05 実施、意見: 異議あり（OBJECTION）、記録者 情報政策課 企画係")
                .doesNotContain("健康診査");
        assertThat(out.indexOf("ID " + id1)).as("oldest first").isLessThan(out.indexOf("ID " + id2));
        int decisionsSection = out.indexOf("リスク判断（");
        int consultationsSection = out.indexOf("CIO補佐官への協議（");
        assertThat(out.indexOf("評価 " + id1 + "（", decisionsSection)).isBetween(decisionsSection, consultationsSection);
        assertThat(out.indexOf("2026-11-10 に", decisionsSection))
                .as("the first assessment's decisions come first")
                .isLessThan(out.indexOf("評価 " + id2 + "（", decisionsSection))
                .isLessThan(out.indexOf("2026-11-12 に", decisionsSection));
        assertThat(out.indexOf("評価 " + id2 + "（", consultationsSection)).isGreaterThan(consultationsSection);

        Kumo.Run json = Kumo.run("system", "history", SYSTEM, "--store", store(), "--format", "json");
        assertThat(json.exitCode()).isZero();
        JsonNode doc = Kumo.JSON.readTree(json.out());
        assertThat(doc.get("kumo").asText()).isEqualTo("system-history/1");
        assertThat(doc.get("systemId").asText()).isEqualTo(SYSTEM);
        assertThat(doc.get("department").asText()).isEqualTo("こども家庭局 子育て支援課");
        assertThat(doc.get("assessments")).hasSize(2);
        assertThat(doc.at("/assessments/0/id").asText()).isEqualTo(id1);
        assertThat(doc.at("/assessments/0/verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(doc.at("/assessments/1/previousId").asText()).isEqualTo(id1);
        assertThat(doc.get("riskDecisions")).hasSize(2 * decisions);
        assertThat(doc.at("/riskDecisions/0/assessmentId").asText()).isEqualTo(id1);
        assertThat(doc.at("/riskDecisions/0/riskId").asText()).isEqualTo("R01");
        assertThat(doc.at("/riskDecisions/0/treatment").asText()).isEqualTo("ACCEPT");
        assertThat(doc.at("/riskDecisions/0/decidedOn").asText()).isEqualTo("2026-11-10");
        assertThat(doc.at("/riskDecisions/" + decisions + "/assessmentId").asText()).isEqualTo(id2);
        assertThat(doc.at("/riskDecisions/" + decisions + "/decidedOn").asText()).isEqualTo("2026-11-12");
        assertThat(doc.get("consultations")).hasSize(4);
        assertThat(doc.at("/consultations/1/stage").asText()).isEqualTo("BUDGET");
        assertThat(doc.at("/consultations/1/heldOn").asText()).isEqualTo("2026-10-05");
        assertThat(doc.at("/consultations/1/view").asText()).isEqualTo("OBJECTION");
        assertThat(doc.at("/consultations/1/recordedBy").asText()).isEqualTo("情報政策課 企画係");
        assertThat(doc.at("/consultations/3/assessmentId").asText()).isEqualTo(id2);

        Kumo.Run english = Kumo.run("system", "history", SYSTEM, "--store", store(), "--lang", "en");
        assertThat(english.out()).contains("History of the system \"" + SYSTEM + "\": 2 assessment(s), " + 2 * decisions
                + " risk decision(s), 4 consultation(s) of the CIO advisor",
                "    R01 DoS attacks: Accept (ACCEPT); decided on 2026-11-10 by",
                "    planning stage (PLANNING): held on 2026-07-10, view: with conditions (CONDITIONS)");
    }

    @Test
    void aSystemWithoutAssessmentsHasAnEmptyHistoryAndAnUnknownOneIsBadInput() throws IOException {
        Path system = Kumo.write(dir.resolve("system.json"), Kumo.read(Kumo.example("expired-certificate.json")).get("system"));
        assertThat(Kumo.run("system", "save", system.toString(), "--id", "bare", "--store", store()).exitCode()).isZero();

        Kumo.Run bare = Kumo.run("system", "history", "bare", "--store", store());
        Kumo.Run unknown = Kumo.run("system", "history", "nope", "--store", store(), "--lang", "en");
        Kumo.Run unknownJa = Kumo.run("system", "history", "nope", "--store", store());

        assertThat(bare.exitCode()).as("%s", bare).isZero();
        assertThat(bare.out()).contains("システム「bare」の履歴: 評価 0件、リスク判断 0件、CIO補佐官への協議 0件",
                "評価（古い順、0件）\n  （なし）");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("kumo: error: No system \"nope\" is stored.\n");
        assertThat(unknownJa.exitCode()).isEqualTo(2);
        assertThat(unknownJa.err()).startsWith("kumo: エラー: ").contains("nope");
    }
}
