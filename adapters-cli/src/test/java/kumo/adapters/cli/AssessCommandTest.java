package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.CompactResultDocument;
import kumo.domain.catalogue.Language;

class AssessCommandTest {

    private static final String CONDITIONAL = "conditional-internet-vpn-awaiting-approval.json";
    private static final String MINIMAL = "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}}";
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    @Test
    void theTextReportHasItsSectionsInOrder() {
        Cli.Run run = Cli.run("assess", Cli.example(CONDITIONAL).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONDITIONAL);
        CliTexts ja = CliTexts.of(Language.JA);
        assertThat(run.out()).containsSubsequence(
                "kumo 評価結果",
                ja.get("header.system") + ": ",
                ja.get("header.service") + ": ",
                ja.get("header.catalogue") + ": 第1版",
                ja.get("header.date") + ": 2026-11-28（評価依頼で指定）",
                "判定: 条件付きで利用可（CONDITIONAL）",
                ja.get("section.actions"),
                "1. [要対応] NET-02",
                ja.get("section.findings"),
                "[ENT] 委託の可否", "[LAW]", "[EXIT]", "[SEC]", "[NET]", "[KEY]", "[ASR]", "[PROC]", "[SUP]",
                ja.get("section.exemptions"), "EXM-LGWAN",
                ja.get("section.risks"),
                ja.get("section.advisories"));
        assertThat(run.out()).contains("NET-02 閉域網等による通信経路", "状態: 未了（市の手続待ち） / 水準: 必須");
    }

    @Test
    void blockingActionsComeFirstAndEachNamesItsId() {
        Cli.Run run = Cli.run("assess", Cli.example("incomplete-early-saas-evaluation.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        List<String> actions = run.out().lines().filter(l -> l.matches("  \\d+\\. \\[.*")).toList();
        assertThat(actions).isNotEmpty().allMatch(l -> l.matches("  \\d+\\. \\[[^]]+] (R\\d{2}|[A-Z]+-\\d{2}|EXM-[A-Z]+) .*"));
        int lastBlocking = -1;
        int firstAdvisory = Integer.MAX_VALUE;
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).contains("[要対応]")) {
                lastBlocking = i;
            } else {
                firstAdvisory = Math.min(firstAdvisory, i);
            }
        }
        assertThat(lastBlocking).isLessThan(firstAdvisory);
    }

    @Test
    void englishOutputHasNoJapaneseHeadings() {
        Cli.Run run = Cli.run("assess", "--lang", "en", Cli.example(CONDITIONAL).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONDITIONAL);
        CliTexts en = CliTexts.of(Language.EN);
        assertThat(run.out()).startsWith("kumo assessment result")
                .contains(en.get("section.actions"), en.get("section.findings"), en.get("section.exemptions"),
                        en.get("section.risks"), en.get("section.advisories"),
                        "Verdict: Conditional (CONDITIONAL)", "[ENT] Entrustment", "Status: Met / Level: Prohibition");
        // the headings, group lines, header labels and status lines are all English
        List<String> structure = run.out().lines()
                .filter(l -> l.startsWith("■") || l.matches("  \\[[A-Z]+] .*") || l.matches("      Status: .*")
                        || l.matches("  (System|Service|Catalogue|Assessment date|Verdict|Findings): .*"))
                .map(l -> l.replaceFirst("^  (System|Service): .*", "  $1:"))
                .toList();
        assertThat(structure).hasSizeGreaterThan(60).noneMatch(l -> JAPANESE.matcher(l).find());
        for (String key : List.of("header.title", "header.date", "header.verdict", "section.actions", "section.findings",
                "section.exemptions", "section.risks", "section.advisories", "finding.status", "finding.level")) {
            assertThat(run.out()).doesNotContain(CliTexts.of(Language.JA).get(key));
        }
    }

    @Test
    void jsonIsTheCompactResultDocumentInTheLanguageAskedFor() {
        Cli.Run ja = Cli.run("assess", "--format", "json", Cli.example(CONDITIONAL).toString());
        Cli.Run en = Cli.run("assess", "--format", "json", "--lang", "en", Cli.example(CONDITIONAL).toString());

        assertThat(ja.exitCode()).isEqualTo(ExitCodes.CONDITIONAL);
        assertThat(ja.out()).startsWith("{\n  \"kumo\": \"assessment-result-compact/1\"").contains("条件付きで利用可")
                .contains("\"lang\": \"ja\"").doesNotContain("\"title\"");
        CompactResultDocument result = Cli.compact(ja.out());
        assertThat(result.verdict()).isEqualTo("CONDITIONAL");
        assertThat(result.assessmentDate()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(en.exitCode()).isEqualTo(ExitCodes.CONDITIONAL);
        assertThat(Cli.compact(en.out()).lang()).isEqualTo("en");
        assertThat(Cli.compact(en.out()).verdictLabel()).isEqualTo("Conditional");
        assertThat(en.out()).doesNotContain("条件付きで利用可");
    }

    @Test
    void jsonFullIsTheBilingualResultDocument() {
        Cli.Run run = Cli.run("assess", "--format", "json-full", Cli.example(CONDITIONAL).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONDITIONAL);
        assertThat(run.out()).startsWith("{\n  \"kumo\": \"assessment-result/1\"").contains("条件付きで利用可", "Conditional");
        AssessmentResultDocument result = Cli.DOCUMENTS.readResult(run.out());
        assertThat(result.verdict().code()).isEqualTo("CONDITIONAL");
        assertThat(run.out().length()).as("the full form is several times the compact one")
                .isGreaterThan(4 * Cli.run("assess", "--format", "json", Cli.example(CONDITIONAL).toString()).out().length());
    }

    @Test
    void standardInputGivesTheSameResultAsTheFile() throws IOException {
        String json = Files.readString(Cli.example(CONDITIONAL), StandardCharsets.UTF_8);

        Cli.Run fromStdin = Cli.withStdin(json, "assess", "-");
        Cli.Run fromFile = Cli.run("assess", Cli.example(CONDITIONAL).toString());

        assertThat(fromStdin.exitCode()).isEqualTo(ExitCodes.CONDITIONAL);
        assertThat(fromStdin.out()).isEqualTo(fromFile.out());
    }

    @Test
    void withoutAnyDateTodayInJapanIsUsed() {
        Cli.Run run = Cli.withStdin(MINIMAL, "assess", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        // the clock says 2026-11-27 15:30 UTC, which is already the 28th in Japan
        assertThat(run.out()).contains("評価日: 2026-11-28（本日（日本時間））");
    }

    @Test
    void dateOptionOverridesTheRequestsDateAndIsShown() {
        Cli.Run text = Cli.run("assess", "--date", "2026-12-01", Cli.example(CONDITIONAL).toString());
        Cli.Run json = Cli.run("assess", "--date", "2026-12-01", "--format=json", Cli.example(CONDITIONAL).toString());

        assertThat(text.out()).contains("評価日: 2026-12-01（--date で指定）");
        assertThat(Cli.compact(json.out()).assessmentDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void dateOptionKeepsTheAssessmentAFormat2RequestFollows() {
        Cli.Run json = Cli.run("assess", "--date", "2026-12-01", "--format=json-full",
                Cli.example("v2-conditional-interconnect-reassessment.json").toString());

        assertThat(Cli.DOCUMENTS.readResult(json.out()).follows().assessmentId()).isEqualTo("3f2c9a4e-1b7d-4c55-9e0a-6d1f2b8c7a10");
    }

    @Test
    void quietPrintsTheVerdictLineOnly() {
        Cli.Run run = Cli.run("assess", "-q", Cli.example(CONDITIONAL).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONDITIONAL);
        assertThat(run.out()).isEqualTo("判定: 条件付きで利用可（CONDITIONAL）" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void outputIsUtf8EvenOnALatin1Stream() {
        // Cli gives the command ISO-8859-1 PrintStreams: a CLI printing characters through them would write '?'
        Cli.Run run = Cli.run("assess", Cli.example(CONDITIONAL).toString());

        assertThat(run.out()).contains("委託の可否").doesNotContain("?");
    }

    @Test
    void outOfScopeSaysEverythingIsAdvice() {
        Cli.Run run = Cli.run("assess", Cli.example("out-of-scope-event-website.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OUT_OF_SCOPE);
        assertThat(run.out()).contains(CliTexts.of(Language.JA).get("header.outOfScope"));
    }

    @Test
    void theRiskRegisterShowsOnlyOpenAndDecidedRows() {
        Cli.Run run = Cli.run("assess", "--format", "json-full", Cli.example("lgwan-asp-document-management.json").toString());
        AssessmentResultDocument result = Cli.DOCUMENTS.readResult(run.out());
        String text = Cli.run("assess", Cli.example("lgwan-asp-document-management.json").toString()).out();
        String register = text.substring(text.indexOf(CliTexts.of(Language.JA).get("section.risks")),
                text.indexOf(CliTexts.of(Language.JA).get("section.advisories")));

        for (AssessmentResultDocument.RiskEntryText risk : result.risks()) {
            boolean shown = register.contains("\n  " + risk.id() + " ");
            assertThat(shown).as(risk.id() + " " + risk.state())
                    .isEqualTo(!risk.state().equals("NOT_APPLICABLE") && !risk.state().equals("INFORMATIONAL"));
        }
        assertThat(register).contains(CliTexts.of(Language.JA).get("riskState.PROPOSED"));
    }
}
