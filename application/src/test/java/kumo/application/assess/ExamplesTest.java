package kumo.application.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.RiskDecisionDto;
import kumo.application.document.request.UsagePlanDto;
import kumo.application.document.validation.FieldsOfItsFormat;
import kumo.application.document.result.AssessmentResultDocument.RiskEntryText;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.support.Project;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * Every example request in docs/examples comes out as docs/examples/expectations.tsv says: verdict,
 * applied exemptions and the findings or risks that decide the verdict (so an example cannot reach its
 * verdict by accident). A mismatch prints the findings and risks that decide the verdict.
 */
class ExamplesTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 1, 1);

    private final Documents documents = Documents.create();
    private final AssessService service = new AssessService(CatalogueV1.catalogue(), documents);

    /**
     * One row of expectations.tsv.
     *
     * @param decidedBy the IDs that decide the verdict, or {@code null} (written {@code *}) when not checked
     */
    record Expectation(String file, String verdict, Set<String> exemptions, Set<String> decidedBy, String description) {
    }

    static List<Expectation> expectations() throws IOException {
        List<Expectation> list = new ArrayList<>();
        for (String line : Files.readAllLines(Project.examples().resolve("expectations.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            Set<String> decidedBy = "*".equals(c[3]) ? null : ids(c[3]);
            list.add(new Expectation(c[0], c[1], ids(c[2]), decidedBy, c[4]));
        }
        return list;
    }

    private static Set<String> ids(String cell) {
        return "-".equals(cell) ? Set.of()
                : Arrays.stream(cell.split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * What decides the verdict: the PROHIBITION findings NOT_MET for PROHIBITED, the MANDATORY ones NOT_MET
     * for NOT_ELIGIBLE, the blocking findings UNKNOWN for INCOMPLETE, the blocking findings PENDING and
     * the open risks for CONDITIONAL; nothing for ELIGIBLE.
     */
    static Set<String> decidedBy(AssessmentResultDocument r) {
        Set<String> ids = new TreeSet<>();
        switch (r.verdict().code()) {
            case "PROHIBITED" -> r.findings().stream().filter(f -> f.level().equals("PROHIBITION") && f.status().equals("NOT_MET"))
                    .forEach(f -> ids.add(f.id()));
            case "NOT_ELIGIBLE" -> r.findings().stream().filter(f -> f.level().equals("MANDATORY") && f.status().equals("NOT_MET"))
                    .forEach(f -> ids.add(f.id()));
            case "INCOMPLETE" -> r.findings().stream().filter(f -> !f.level().equals("RECOMMENDED") && f.status().equals("UNKNOWN"))
                    .forEach(f -> ids.add(f.id()));
            case "CONDITIONAL", "ELIGIBLE" -> {
                r.findings().stream().filter(f -> !f.level().equals("RECOMMENDED") && f.status().equals("PENDING"))
                        .forEach(f -> ids.add(f.id()));
                r.risks().stream().filter(x -> !Set.of("DECIDED", "NOT_APPLICABLE", "INFORMATIONAL").contains(x.state()))
                        .forEach(x -> ids.add(x.id()));
            }
            default -> {
            }
        }
        return ids;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleComesOutAsExpected() throws IOException {
        return expectations().stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> {
            AssessmentResultDocument result;
            try (InputStream in = Files.newInputStream(Project.examples().resolve(e.file()))) {
                result = service.assess(in, TODAY);
            }
            assertThat(result.assessmentDate()).as("assessment date").isEqualTo(LocalDate.of(2026, 11, 28));
            assertThat(result.verdict().code()).as(e.file() + "\n" + explain(result)).isEqualTo(e.verdict());
            assertThat(new TreeSet<>(result.summary().appliedExemptions())).as(e.file() + " applied exemptions")
                    .isEqualTo(e.exemptions());
            if (e.decidedBy() != null) {
                assertThat(decidedBy(result)).as(e.file() + ": what decides the verdict\n" + explain(result))
                        .isEqualTo(e.decidedBy());
            }
        }));
    }

    @Test
    void everyExampleFileIsListedOnceAndTheSixVerdictsAreCovered() throws IOException {
        List<Expectation> expectations = expectations();
        Set<String> listed = expectations.stream().map(Expectation::file).collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).hasSize(expectations.size());
        try (Stream<Path> files = Files.list(Project.examples())) {
            Set<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(listed).isEqualTo(onDisk);
        }
        assertThat(expectations).hasSizeGreaterThanOrEqualTo(12);
        assertThat(expectations.stream().map(Expectation::verdict).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("OUT_OF_SCOPE", "PROHIBITED", "NOT_ELIGIBLE", "INCOMPLETE", "CONDITIONAL", "ELIGIBLE");
        assertThat(expectations.stream().flatMap(e -> e.exemptions().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("EXM-LGWAN", "EXM-VIDEO", "EXM-ISMAP");
    }

    @Test
    void theFullCityRecordRecordsEveryCityDecision() throws Exception {
        AssessmentRequestDocument request;
        try (InputStream in = Files.newInputStream(Project.examples().resolve("full-city-record.json"))) {
            request = documents.readRequest(in);
        }
        UsagePlanDto plan = request.plan();
        Set<String> notApplicableHere = Set.of("otherClosedNetworkConfirmation", "internetVpnApproval",
                "entrustmentAddressesSecretOrMyNumber");
        for (RecordComponent c : UsagePlanDto.class.getRecordComponents()) {
            Object value = c.getAccessor().invoke(plan);
            if (!notApplicableHere.contains(c.getName()) && FieldsOfItsFormat.Validator.allowed(c, request.format())) {
                assertThat(value).as("plan." + c.getName()).isNotNull();
                if (value instanceof List<?> list) {
                    assertThat(list).as("plan." + c.getName()).isNotEmpty();
                }
            }
        }
        assertThat(plan.consultations()).extracting(c -> c.stage().name()).containsExactlyInAnyOrder("PLANNING", "BUDGET");
        assertThat(plan.riskDecisions()).filteredOn(d -> d.check() != null).extracting(RiskDecisionDto::riskId)
                .containsExactlyInAnyOrder("R01", "R07", "R13", "R16", "R22");

        AssessmentResultDocument result = service.assess(request, TODAY);
        Set<String> decided = plan.riskDecisions().stream().map(RiskDecisionDto::riskId).collect(Collectors.toSet());
        assertThat(result.risks()).filteredOn(RiskEntryText::applies).filteredOn(x -> !x.state().equals("INFORMATIONAL"))
                .allSatisfy(x -> {
                    assertThat(x.state()).as(x.id()).isEqualTo("DECIDED");
                    assertThat(decided).as(x.id() + " decided by a person, not a proposal").contains(x.id());
                });
        assertThat(result.findings()).filteredOn(f -> f.kind().equals("CITY") && !f.level().equals("RECOMMENDED"))
                .allSatisfy(f -> assertThat(f.status()).as(f.id()).isEqualTo("MET"));
    }

    /** The blocking findings that are not settled, the open risks and the exemptions: what decides the verdict. */
    static String explain(AssessmentResultDocument r) {
        StringBuilder sb = new StringBuilder();
        r.findings().stream().filter(f -> !Set.of("MET", "NOT_APPLICABLE").contains(f.status()))
                .forEach(f -> sb.append("  ").append(f.id()).append(' ').append(f.level()).append(' ').append(f.status())
                        .append(" (rule ").append(f.ruleStatus()).append(") ")
                        .append(f.reasons().stream().map(t -> t.en()).collect(Collectors.joining(" | "))).append('\n'));
        r.risks().stream().filter(x -> !Set.of("DECIDED", "NOT_APPLICABLE", "INFORMATIONAL").contains(x.state()))
                .forEach(x -> sb.append("  ").append(x.id()).append(' ').append(x.state()).append(' ')
                        .append(x.reasons().stream().map(t -> t.en()).collect(Collectors.joining(" | "))).append('\n'));
        r.exemptions().forEach(x -> sb.append("  ").append(x.id()).append(' ').append(x.state()).append(' ')
                .append(x.reasons().stream().map(t -> t.en()).collect(Collectors.joining(" | "))).append('\n'));
        return sb.toString();
    }
}
