package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.NextActionText;
import kumo.application.view.ResultView;
import kumo.domain.catalogue.Language;
import kumo.domain.rules.v1.CatalogueV1;

/** The text report lays out the result view: its groups, its advisories, its order of actions, its counts. */
class TextReportTest {

    private record Report(ResultView view, String text) {
    }

    private static Report report(String example, Language language) throws Exception {
        AssessmentRequestDocument request = Cli.DOCUMENTS.readRequest(Files.readAllBytes(Cli.example(example)));
        AssessmentResultDocument result = Cli.ASSESS.assess(request, java.time.LocalDate.of(2026, 11, 28));
        TextReport report = new TextReport(CliTexts.of(language), CatalogueV1.catalogue());
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(out)) {
            report.write(w, result, request, TextReport.DateSource.REQUEST);
        }
        return new Report(report.view(result), out.toString());
    }

    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        int end = to == null ? text.length() : text.indexOf(to, start);
        return text.substring(start, end);
    }

    @Test
    void theFindingsAreUnderTheViewsGroupsInItsOrder() throws Exception {
        Report r = report("full-city-record.json", Language.EN);
        CliTexts en = CliTexts.of(Language.EN);
        String findings = section(r.text(), "■ " + en.get("section.findings"), "■ " + en.get("section.exemptions"));

        List<String> headings = findings.lines().filter(l -> l.startsWith("  [")).toList();
        assertThat(headings).isEqualTo(r.view().groups().stream()
                .map(g -> "  [" + g.id() + "] " + g.name().en()).toList());
        for (ResultView.RequirementGroup g : r.view().groups()) {
            String block = section(findings, "  [" + g.id() + "] ", null);
            for (FindingEntry f : g.findings()) {
                assertThat(block).contains("\n  " + f.id() + " " + f.title().en() + "\n");
            }
        }
    }

    /** Model §4: RECOMMENDED and NOT_MET or UNKNOWN; a RECOMMENDED step still PENDING is no advisory. */
    @Test
    void theAdvisoriesSectionListsTheViewsAdvisoriesOnly() throws Exception {
        Report r = report("incomplete-early-saas-evaluation.json", Language.JA);
        CliTexts ja = CliTexts.of(Language.JA);
        String advisories = section(r.text(), "■ " + ja.get("section.advisories"), null);

        List<String> listed = advisories.lines().skip(1).map(l -> l.trim().split(" ")[0]).toList();
        assertThat(listed).isNotEmpty().isEqualTo(r.view().advisories().stream().map(FindingEntry::id).toList());
        FindingEntry pending = r.view().result().findings().stream()
                .filter(f -> f.level().equals("RECOMMENDED") && f.status().equals("PENDING")).findFirst().orElseThrow();
        assertThat(listed).doesNotContain(pending.id());
    }

    @Test
    void theActionsToDoFirstAreTheViewsFirstStageNumberedInItsOrder() throws Exception {
        Report r = report("incomplete-early-saas-evaluation.json", Language.EN);
        ResultView.Stage now = r.view().actions().now();
        assertThat(now).isNotNull();

        List<String> numbered = r.text().lines().filter(l -> l.matches("  \\d+\\. \\[.*")).toList();
        for (int i = 0; i < now.actions().size(); i++) {
            NextActionText a = now.actions().get(i);
            assertThat(numbered.get(i)).startsWith("  " + (i + 1) + ". [blocking] " + a.target() + " ");
        }
        assertThat(r.text()).contains("Next actions (" + r.view().result().nextActions().size() + ", "
                + r.view().counts().blockingActions() + " blocking)");
    }

    /** Out of scope, everything is advice: nothing is tagged blocking and the header counts 0 blocking. */
    @Test
    void outOfScopeEveryActionIsAdvice() throws Exception {
        Report r = report("out-of-scope-event-website.json", Language.EN);

        int total = r.view().result().nextActions().size();
        assertThat(total).isPositive();
        assertThat(r.text()).contains("Next actions (" + total + ", 0 blocking)").doesNotContain("[blocking]");
        assertThat(r.text().lines().filter(l -> l.matches("  \\d+\\. \\[advisory] .*"))).hasSize(total);
    }

    @Test
    void aBatchLineCountsTheActionsToMovePastTheVerdictAsTheViewDoes() throws Exception {
        Report r = report("incomplete-early-saas-evaluation.json", Language.EN);
        Cli.Run run = Cli.run("assess", "--lang", "en", Cli.example("incomplete-early-saas-evaluation.json").toString(),
                Cli.example("out-of-scope-event-website.json").toString());

        assertThat(r.view().counts().toMovePast()).isPositive();
        assertThat(run.out()).contains("actions to move past it: " + r.view().counts().toMovePast() + "\n".trim());
        assertThat(run.out().lines().filter(l -> l.contains("out-of-scope-event-website.json:")))
                .singleElement().asString().endsWith("actions to move past it: 0");
    }
}
