package kumo.application.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import kumo.application.assess.AssessService;
import kumo.application.document.Documents;
import kumo.application.document.LocalizedText;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.NextActionText;
import kumo.application.support.Project;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Requirement;
import kumo.domain.rules.v1.CatalogueV1;

/** The result view every front door renders: groups, advisories (model §4), the order of the actions, the counts. */
class ResultViewTest {

    private static final Catalogue CATALOGUE = CatalogueV1.catalogue();
    private static final Documents DOCUMENTS = Documents.create();
    private static final AssessService SERVICE = new AssessService(CATALOGUE, DOCUMENTS);

    private static AssessmentResultDocument result(String example) {
        try {
            return SERVICE.assess(DOCUMENTS.readRequest(Files.readAllBytes(Project.examples().resolve(example))),
                    LocalDate.of(2026, 11, 28));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Project.examples())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }

    private static Stream<DynamicTest> onEveryExample(java.util.function.BiConsumer<String, ResultView> check) throws IOException {
        List<String> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(13);
        return examples.stream().map(e -> DynamicTest.dynamicTest(e, () -> check.accept(e, ResultView.of(result(e), CATALOGUE))));
    }

    // ---------------------------------------------------------------- groups

    @Test
    void theGroupsAreTheCataloguesAreasInCatalogueOrderWithTheirNames() {
        ResultView view = ResultView.of(result("full-city-record.json"), CATALOGUE);

        List<String> areas = CATALOGUE.requirements().stream().map(Requirement::group).distinct().toList();
        assertThat(view.groups()).extracting(ResultView.RequirementGroup::id).containsExactlyElementsOf(areas)
                .startsWith("ENT", "LAW", "EXIT");
        assertThat(view.groups().get(0).name()).isEqualTo(new LocalizedText("委託の可否", CATALOGUE.texts().get(
                kumo.domain.catalogue.Language.EN, "group.ENT")));
    }

    @TestFactory
    Stream<DynamicTest> everyFindingIsInItsGroupOnceInCatalogueOrder() throws IOException {
        return onEveryExample((name, view) -> {
            List<String> shown = new ArrayList<>();
            for (ResultView.RequirementGroup g : view.groups()) {
                assertThat(g.findings()).isNotEmpty().allMatch(f -> f.id().startsWith(g.id() + "-"));
                g.findings().forEach(f -> shown.add(f.id()));
            }
            assertThat(shown).isEqualTo(view.result().findings().stream().map(FindingEntry::id).toList());
        });
    }

    @Test
    void aGroupTheCatalogueDoesNotKnowComesLastUnderItsId() {
        AssessmentResultDocument r = result("eligible-ismap-iaas.json");
        FindingEntry first = r.findings().get(0);
        FindingEntry foreign = new FindingEntry("XYZ-01", "XYZ", first.title(), first.text(), first.kind(), first.level(),
                false, false, false, null, "MET", first.statusLabel(), "MET", List.of(), List.of(), List.of(), null, null, null);
        List<FindingEntry> findings = new ArrayList<>(List.of(foreign));
        findings.addAll(r.findings());

        ResultView view = ResultView.of(withFindings(r, findings), CATALOGUE);

        ResultView.RequirementGroup last = view.groups().get(view.groups().size() - 1);
        assertThat(last.id()).isEqualTo("XYZ");
        assertThat(last.name()).isEqualTo(new LocalizedText("XYZ", "XYZ"));
        assertThat(view.groups().get(0).id()).isEqualTo("ENT");
    }

    // ---------------------------------------------------------------- advisories (model §4)

    @TestFactory
    Stream<DynamicTest> theAdvisoriesAreTheRecommendedRequirementsNotMetOrUnknown() throws IOException {
        return onEveryExample((name, view) -> assertThat(view.advisories()).isEqualTo(view.result().findings().stream()
                .filter(f -> f.level().equals("RECOMMENDED") && Set.of("NOT_MET", "UNKNOWN").contains(f.status()))
                .toList()));
    }

    @Test
    void aPendingRecommendedStepIsNoAdvisory() {
        AssessmentResultDocument r = result("incomplete-early-saas-evaluation.json");
        FindingEntry pending = r.findings().stream()
                .filter(f -> f.level().equals("RECOMMENDED") && f.status().equals("PENDING")).findFirst().orElseThrow();
        FindingEntry unknown = r.findings().stream()
                .filter(f -> f.level().equals("RECOMMENDED") && f.status().equals("UNKNOWN")).findFirst().orElseThrow();
        FindingEntry mandatoryUnknown = r.findings().stream()
                .filter(f -> f.level().equals("MANDATORY") && f.status().equals("UNKNOWN")).findFirst().orElseThrow();

        ResultView view = ResultView.of(r, CATALOGUE);

        assertThat(view.advisories()).contains(unknown).doesNotContain(pending, mandatoryUnknown);
    }

    // ---------------------------------------------------------------- next actions

    private static NextActionText action(String target, boolean blocking, String stage) {
        return new NextActionText(target, "PROVIDE_EVIDENCE", blocking, stage, new LocalizedText("対応", "do it"));
    }

    @Test
    void actionsAreOrderedByTheVerdictTheyStandInTheWayOfNotByTheirNames() {
        AssessmentResultDocument r = result("prohibited-secret-on-public-cloud.json");
        assertThat(r.verdict().code()).isEqualTo("PROHIBITED");
        List<NextActionText> actions = List.of(
                action("A", true, "CONDITIONAL"),
                action("B", true, "PROHIBITED"),
                action("C", false, "CONDITIONAL"),
                action("D", true, "INCOMPLETE"),
                action("E", true, "NOT_ELIGIBLE"),
                action("F", true, "OUT_OF_SCOPE"),
                action("G", true, "INCOMPLETE"));

        ResultView view = ResultView.of(withActions(r, actions), CATALOGUE);

        ResultView.ActionPlan plan = view.actions();
        assertThat(plan.allAdvice()).isFalse();
        assertThat(plan.now().verdict()).isEqualTo(Verdict.PROHIBITED);
        // an action of an earlier stage than the verdict counts as the verdict's
        assertThat(plan.now().actions()).extracting(NextActionText::target).containsExactly("B", "F");
        assertThat(plan.later()).extracting(ResultView.Stage::verdict)
                .containsExactly(Verdict.NOT_ELIGIBLE, Verdict.INCOMPLETE, Verdict.CONDITIONAL);
        assertThat(plan.later().get(1).actions()).extracting(NextActionText::target).containsExactly("D", "G");
        assertThat(plan.advisories()).extracting(NextActionText::target).containsExactly("C");
        assertThat(view.counts().toMovePast()).isEqualTo(2);
        assertThat(view.counts().blockingActions()).isEqualTo(6);
        assertThat(view.counts().adviceActions()).isEqualTo(1);
    }

    @Test
    void withNothingAtTheVerdictsOwnStageTheFirstStageIsALaterOneAndNothingMovesPastTheVerdict() {
        AssessmentResultDocument r = result("prohibited-secret-on-public-cloud.json");

        ResultView view = ResultView.of(withActions(r, List.of(action("A", true, "CONDITIONAL"))), CATALOGUE);

        assertThat(view.actions().now().verdict()).isEqualTo(Verdict.CONDITIONAL);
        assertThat(view.counts().toMovePast()).isZero();
    }

    @TestFactory
    Stream<DynamicTest> everyActionIsShownOnceAndBlockingOnesBeforeAdvice() throws IOException {
        return onEveryExample((name, view) -> {
            ResultView.ActionPlan plan = view.actions();
            List<NextActionText> shown = new ArrayList<>(plan.blocking());
            shown.addAll(plan.advisories());
            assertThat(shown).containsExactlyInAnyOrderElementsOf(view.result().nextActions());
            if (!plan.allAdvice()) {
                assertThat(plan.blocking()).allMatch(NextActionText::blocking);
                assertThat(plan.advisories()).noneMatch(NextActionText::blocking);
            }
        });
    }

    /** Out of scope, everything is advice (model §4, docs/cli.md) — whatever the actions say. */
    @Test
    void outOfScopeNothingBlocks() {
        AssessmentResultDocument r = result("out-of-scope-event-website.json");
        List<NextActionText> actions = new ArrayList<>(r.nextActions());
        actions.add(0, action("LAW-01", true, "OUT_OF_SCOPE"));

        ResultView view = ResultView.of(withActions(r, actions), CATALOGUE);

        assertThat(view.verdict()).isEqualTo(Verdict.OUT_OF_SCOPE);
        assertThat(view.actions().allAdvice()).isTrue();
        assertThat(view.actions().now()).isNull();
        assertThat(view.actions().later()).isEmpty();
        assertThat(view.actions().advisories()).isEqualTo(actions);
        assertThat(view.counts().blockingActions()).isZero();
        assertThat(view.counts().toMovePast()).isZero();
    }

    // ---------------------------------------------------------------- counts, risks, titles

    @TestFactory
    Stream<DynamicTest> theCountsAgreeWithTheDocumentsSummary() throws IOException {
        return onEveryExample((name, view) -> {
            Map<String, Integer> findings = new TreeMap<>();
            view.counts().findings().forEach((s, n) -> findings.put(s.name(), n));
            assertThat(findings).isEqualTo(view.result().summary().findings());
            Map<String, Integer> risks = new TreeMap<>();
            view.counts().risks().forEach((s, n) -> risks.put(s.name(), n));
            assertThat(risks).isEqualTo(view.result().summary().risks());
        });
    }

    @TestFactory
    Stream<DynamicTest> theRegisterShowsTheOpenAndDecidedRows() throws IOException {
        return onEveryExample((name, view) -> assertThat(view.risks()).isEqualTo(view.result().risks().stream()
                .filter(k -> !k.state().equals("NOT_APPLICABLE") && !k.state().equals("INFORMATIONAL")).toList()));
    }

    @Test
    void anActionsTargetHasItsTitle() {
        ResultView view = ResultView.of(result("full-city-record.json"), CATALOGUE);

        assertThat(view.title("LAW-01")).contains(view.finding("LAW-01").orElseThrow().title());
        assertThat(view.title("R01")).contains(view.result().risks().get(0).title());
        assertThat(view.title("EXM-LGWAN")).isPresent();
        assertThat(view.title("NOPE-99")).isEmpty();
    }

    @Test
    void aCodeKumoDoesNotKnowIsAClearError() {
        AssessmentResultDocument r = result("eligible-ismap-iaas.json");

        assertThatThrownBy(() -> ResultView.of(withActions(r, List.of(action("A", true, "MAYBE"))), CATALOGUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stage").hasMessageContaining("MAYBE");
    }

    private static AssessmentResultDocument withActions(AssessmentResultDocument r, List<NextActionText> actions) {
        return new AssessmentResultDocument(r.kumo(), r.catalogueVersion(), r.assessmentDate(), r.requestDigest(), r.inScope(),
                r.verdict(), r.findings(), r.exemptions(), r.risks(), actions, r.summary());
    }

    private static AssessmentResultDocument withFindings(AssessmentResultDocument r, List<FindingEntry> findings) {
        return new AssessmentResultDocument(r.kumo(), r.catalogueVersion(), r.assessmentDate(), r.requestDigest(), r.inScope(),
                r.verdict(), findings, r.exemptions(), r.risks(), r.nextActions(), r.summary());
    }
}
