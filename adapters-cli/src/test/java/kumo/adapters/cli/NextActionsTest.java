package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.NextActionText;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.Language;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * The "next actions" section leads with what moves the assessment past its current verdict (numbered, in
 * full), then lists what is needed after that in brief, per later stage, then the advisories.
 */
class NextActionsTest {

    private static final String PROHIBITED = "prohibited-my-number-on-public-cloud.json";
    private static final Pattern NUMBERED = Pattern.compile("(?m)^  \\d+\\. \\[[^]]+] (\\S+) ");
    private static final Pattern BRIEF = Pattern.compile("(?m)^      (\\S+) ");

    /** The actions section of a text report, cut into its parts. */
    record Section(String all, String now, String later, String advice) {

        static Section of(String report, CliTexts cli) {
            String all = report.substring(report.indexOf("■ " + cli.get("section.actions")),
                    report.indexOf("■ " + cli.get("section.findings")));
            return new Section(all, part(all, cli, "actions.now"), part(all, cli, "actions.later"),
                    part(all, cli, "actions.advisories"));
        }

        /** From the sub-heading made of {@code key} to the next sub-heading; empty if there is none. */
        private static String part(String all, CliTexts cli, String key) {
            String heading = "\n  ▶ " + cli.get(key, "\uE000", "\uE000").split("\uE000")[0]; // a sentinel TerminalText keeps
            int start = all.indexOf(heading);
            if (start < 0) {
                return "";
            }
            int end = all.indexOf("\n  ▶ ", start + 1);
            return all.substring(start + 1, end < 0 ? all.length() : end + 1);
        }

        List<String> numbered(String part) {
            return ids(NUMBERED, part);
        }

        List<String> brief() {
            return ids(BRIEF, later);
        }

        private static List<String> ids(Pattern p, String text) {
            List<String> ids = new ArrayList<>();
            Matcher m = p.matcher(text);
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids;
        }
    }

    private static AssessmentResultDocument json(String example) {
        return Cli.DOCUMENTS.readResult(Cli.run("assess", "--format", "json-full", Cli.example(example).toString()).out());
    }

    private static String text(String example, Language language) {
        return Cli.run("assess", "--lang", language.code(), Cli.example(example).toString()).out();
    }

    private static List<String> targets(AssessmentResultDocument r, boolean blocking, Set<String> stages) {
        return r.nextActions().stream()
                .filter(a -> a.blocking() == blocking && stages.contains(a.stage()))
                .map(NextActionText::target)
                .toList();
    }

    /** A verdict as the report names it, e.g. 利用禁止（PROHIBITED）. */
    private static String stageName(CliTexts cli, Verdict stage) {
        String name = CatalogueV1.catalogue().texts().find(cli.language(), "verdict." + stage.name());
        return cli.get("paren", name, stage.name());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aProhibitedPlanLeadsWithTheProhibitionAlone(Language language) {
        CliTexts cli = CliTexts.of(language);
        AssessmentResultDocument result = json(PROHIBITED);
        String report = text(PROHIBITED, language);
        Section section = Section.of(report, cli);

        assertThat(result.verdict().code()).isEqualTo("PROHIBITED");
        List<String> earlier = targets(result, true, Set.of("INCOMPLETE", "NOT_ELIGIBLE"));
        List<String> conditional = targets(result, true, Set.of("CONDITIONAL"));
        assertThat(earlier).contains("PROC-04");
        assertThat(conditional).hasSizeGreaterThan(20);

        // first: what moves the plan past PROHIBITED, and nothing else
        assertThat(section.now()).startsWith("  ▶ " + cli.get("actions.now", stageName(cli, Verdict.PROHIBITED), 1) + "\n");
        assertThat(section.numbered(section.now())).containsExactly("ENT-02");
        assertThat(section.numbered(section.now())).doesNotContainAnyElementsOf(earlier).doesNotContainAnyElementsOf(conditional);
        assertThat(section.all().indexOf(section.now())).isLessThan(section.all().indexOf(section.later()));
        assertThat(report).containsPattern("(?m)^  1\\. \\[" + cli.get("action.blocking") + "] ENT-02 ");

        // then: the rest, counted per stage in verdict order, one line each, nothing left out
        assertThat(section.later()).startsWith("  ▶ " + cli.get("actions.later", earlier.size() + conditional.size()))
                .containsSubsequence(
                        cli.get("actions.later.stage", stageName(cli, Verdict.INCOMPLETE), targets(result, true, Set.of("INCOMPLETE")).size()),
                        "      PROC-04 ",
                        cli.get("actions.later.stage", stageName(cli, Verdict.CONDITIONAL), conditional.size()));
        assertThat(section.later()).doesNotContain("ENT-02").doesNotContainPattern("(?m)^  \\d+\\.");
        List<String> later = new ArrayList<>(earlier);
        later.addAll(conditional);
        assertThat(section.brief()).containsExactlyElementsOf(later);
        assertThat(section.later().lines().filter(l -> l.startsWith("      "))).hasSize(later.size());

        // last: the advisories, in full
        assertThat(section.numbered(section.advice())).containsExactlyElementsOf(targets(result, false, Set.of("ELIGIBLE")))
                .contains("EXIT-05");
        assertThat(section.all().indexOf(section.later())).isLessThan(section.all().indexOf(section.advice()));
        assertThat(section.advice()).contains("[" + cli.get("action.advisory") + "] EXIT-05");
    }

    static Stream<Arguments> conditionalExamples() {
        return Stream.of(Language.values()).flatMap(language -> Stream.of(
                Arguments.of("conditional-internet-vpn-awaiting-approval.json", "NET-02", language),
                Arguments.of("five-level-2024-c3b.json", "PROC-03", language)));
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("conditionalExamples")
    void aConditionalPlanLeadsWithItsPendingItems(String example, String pending, Language language) {
        CliTexts cli = CliTexts.of(language);
        AssessmentResultDocument result = json(example);
        Section section = Section.of(text(example, language), cli);

        assertThat(result.verdict().code()).isEqualTo("CONDITIONAL");
        List<String> pendingBlocking = result.findings().stream()
                .filter(f -> "PENDING".equals(f.status()) && !"RECOMMENDED".equals(f.level()))
                .map(AssessmentResultDocument.FindingEntry::id)
                .toList();
        assertThat(pendingBlocking).contains(pending);

        List<String> first = section.numbered(section.now());
        assertThat(section.now()).startsWith("  ▶ " + cli.get("actions.now", stageName(cli, Verdict.CONDITIONAL),
                targets(result, true, Set.of("CONDITIONAL")).size()));
        assertThat(first).containsAll(pendingBlocking).containsExactlyElementsOf(targets(result, true, Set.of("CONDITIONAL")));
        assertThat(section.numbered(section.all()).get(0)).isEqualTo(first.get(0));
        assertThat(section.later()).isEmpty();
    }

    @Test
    void outOfScopeStillListsEverythingAsAdviceInFull() {
        String example = "out-of-scope-event-website.json";
        CliTexts cli = CliTexts.of(Language.JA);
        AssessmentResultDocument result = json(example);
        Section section = Section.of(text(example, Language.JA), cli);

        assertThat(section.all()).doesNotContain("▶");
        assertThat(section.numbered(section.all())).hasSize(result.nextActions().size());
        // out of scope nothing blocks (docs/cli.md): no action is tagged as one to do, none counted as blocking
        assertThat(result.summary().blockingActions()).isZero();
        assertThat(section.all()).doesNotContain("[" + cli.get("action.blocking") + "]")
                .contains("[" + cli.get("action.advisory") + "]");
    }

    static Stream<String> examples() throws IOException {
        return Files.readAllLines(Cli.docs().resolve("examples").resolve("expectations.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")[0].trim());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyActionIsShownExactlyOnce(String example) {
        CliTexts cli = CliTexts.of(Language.EN);
        AssessmentResultDocument result = json(example);
        Section section = Section.of(text(example, Language.EN), cli);

        List<String> shown = new ArrayList<>(section.numbered(section.all()));
        shown.addAll(section.brief());
        assertThat(shown).containsExactlyInAnyOrderElementsOf(result.nextActions().stream().map(NextActionText::target).toList());
    }

    @Test
    void whenNothingStandsInTheWayOfTheVerdictTheEarliestLaterStageLeads() {
        AssessmentRequestDocument request = Cli.DOCUMENTS.readRequest(bytes(PROHIBITED));
        AssessmentResultDocument r = Cli.ASSESS.assess(request, LocalDate.of(2026, 11, 28));
        // drop ENT-02, and make the advisory EXIT-05 a blocking CONDITIONAL step
        List<NextActionText> actions = r.nextActions().stream()
                .filter(a -> !a.target().equals("ENT-02"))
                .map(a -> a.target().equals("EXIT-05")
                        ? new NextActionText(a.target(), a.type(), true, "CONDITIONAL", a.text()) : a)
                .toList();
        AssessmentResultDocument changed = new AssessmentResultDocument(r.kumo(), r.catalogueVersion(), r.assessmentDate(),
                r.requestDigest(), r.inScope(), r.verdict(), r.findings(), r.exemptions(), r.risks(), actions, r.summary());
        CliTexts cli = CliTexts.of(Language.EN);
        StringWriter out = new StringWriter();
        new TextReport(cli, CatalogueV1.catalogue()).write(new PrintWriter(out), changed, request, TextReport.DateSource.REQUEST);
        Section section = Section.of(out.toString(), cli);

        assertThat(section.now()).startsWith("  ▶ " + cli.get("actions.now", stageName(cli, Verdict.INCOMPLETE), 1));
        assertThat(section.numbered(section.now())).containsExactly("PROC-04");
        assertThat(section.brief()).contains("EXIT-05");
        assertThat(section.advice()).isEmpty();
        // EXIT-05 is a RECOMMENDED step still PENDING: no advisory in the sense of model §4, so not listed there
        assertThat(out.toString().substring(out.toString().indexOf("■ " + cli.get("section.advisories"))))
                .doesNotContain("EXIT-05");
    }

    private static byte[] bytes(String example) {
        try {
            return Files.readAllBytes(Cli.example(example));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
