package kumo.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kumo.application.assess.AssessService;
import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.NewAssessment;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * Test data: the example requests of docs/examples, assessed once per JVM by the real assessor, turned into
 * {@link NewAssessment}s with derived rows written by hand.
 */
final class Examples {

    /** One assessed example request. */
    record Example(String file, AssessmentRequestDocument request, String requestJson, AssessmentResultDocument result,
            String resultJson) {

        String verdict() {
            return result.verdict().code();
        }
    }

    private static final LocalDate TODAY = LocalDate.of(2030, 1, 1);
    private static final List<Example> ALL = load();

    private Examples() {
    }

    /** Every example, by file name. */
    static List<Example> all() {
        return ALL;
    }

    /** The example whose verdict is {@code verdict}. */
    static Example withVerdict(String verdict) {
        return ALL.stream().filter(e -> e.verdict().equals(verdict)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no example with verdict " + verdict));
    }

    /** An assessment of {@code example} for the given keys, with {@link #index} rows expiring on {@code expiry}. */
    static NewAssessment assessment(String id, String systemId, String serviceId, Example example, LocalDate expiry) {
        return new NewAssessment(id, systemId, serviceId, example.request().system(), example.request().service(),
                example.verdict(), example.result().catalogueVersion(), example.result().assessmentDate(),
                example.requestJson(), example.resultJson(), index(expiry));
    }

    /** Derived rows as a request with one accepted risk, one consultation and one dated registration gives. */
    static AssessmentIndex index(LocalDate expiry) {
        return new AssessmentIndex(
                List.of(new AssessmentIndex.RiskDecisionRow("R05", "ACCEPT", "情報管理者 山田", LocalDate.of(2026, 10, 1), expiry),
                        new AssessmentIndex.RiskDecisionRow("R07", "MITIGATE", null, null, null)),
                List.of(new AssessmentIndex.ConsultationRow("PLANNING", LocalDate.of(2026, 9, 1), "NO_OBJECTION", "CIO補佐官")),
                List.of(new AssessmentIndex.EvidenceExpiry("ISMAP_REGISTRATION", "C-" + expiry, expiry),
                        new AssessmentIndex.EvidenceExpiry("RISK_ACCEPTANCE", "R05", expiry.plusDays(1))));
    }

    static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path examples = dir.resolve("docs").resolve("examples");
            if (Files.isDirectory(examples)) {
                return examples;
            }
        }
        throw new IllegalStateException("docs/examples not found above " + Path.of("").toAbsolutePath());
    }

    private static List<Example> load() {
        Documents documents = Documents.create();
        AssessService service = new AssessService(CatalogueV1.catalogue(), documents);
        List<Example> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                AssessmentRequestDocument request = documents.readRequest(Files.readAllBytes(file));
                AssessmentResultDocument result = service.assess(request, TODAY);
                list.add(new Example(file.getFileName().toString(), request, Documents.canonicalJson(request), result,
                        Documents.canonicalJson(result)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(list);
    }
}
