package kumo.application.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.InformationClassificationDto;
import kumo.application.records.port.in.CompareServicesUseCase;
import kumo.application.records.port.in.CompareServicesUseCase.Comparison;
import kumo.application.records.port.in.CompareServicesUseCase.ServiceChoice;
import kumo.application.records.port.in.CompareServicesUseCase.Subject;
import kumo.application.records.port.in.ShowProfileUseCase;
import kumo.application.records.exchange.ServiceComparisonDocument;
import kumo.application.records.port.in.StoreSession;
import kumo.application.records.service.CompareServicesService;
import kumo.domain.classification.Confidentiality;
import org.junit.jupiter.api.Test;

class CompareServicesTest {

    /** 2026-12-01 in Kobe. */
    private final Fixtures.MovableClock clock = new Fixtures.MovableClock(Instant.parse("2026-11-30T15:30:00Z"));
    private final StoreSession records = Fixtures.session(new InMemoryStore(), clock, () -> "a");
    private final CompareServicesUseCase compare = new CompareServicesService(Fixtures.ASSESS, records.showProfile(), clock);

    private final AssessmentRequestDocument eligible = Fixtures.request(Fixtures.example("eligible-ismap-iaas.json"));
    private final AssessmentRequestDocument abroad = Fixtures.request(Fixtures.example("not-eligible-data-abroad.json"));

    private void store() {
        records.saveProfile().save(ProfileKind.SERVICE, "iaas", eligible.service(), null, Fixtures.ACTOR);
        records.saveProfile().save(ProfileKind.SERVICE, "abroad", abroad.service(), null, Fixtures.ACTOR);
        records.saveProfile().save(ProfileKind.SYSTEM, "sys", eligible.system(), null, Fixtures.ACTOR);
    }

    @Test
    void eachColumnIsTheAssessmentOfTheSystemOnThatStoredServiceWithNoPlan() {
        store();
        Comparison c = compare.compare(Subject.stored("sys"), List.of("abroad", "iaas", "abroad"));
        assertThat(c.systemId()).isEqualTo("sys");
        assertThat(c.columns()).extracting(col -> col.service().id()).containsExactly("abroad", "iaas");
        LocalDate today = LocalDate.of(2026, 12, 1);
        for (CompareServicesUseCase.Column col : c.columns()) {
            AssessmentRequestDocument same = new AssessmentRequestDocument(AssessmentRequestDocument.TYPE, null, null,
                    eligible.system(), col.service().profile(), null);
            assertThat(col.result()).as(col.service().id()).isEqualTo(Fixtures.ASSESS.assess(same, today));
            assertThat(col.result().assessmentDate()).isEqualTo(today);
        }
        assertThat(c.columns().get(0).result().verdict().code())
                .isNotEqualTo(c.columns().get(1).result().verdict().code());
    }

    @Test
    void aClassificationTypedInIsASystemWithOnlyThatKnown() {
        store();
        InformationClassificationDto c3 = new InformationClassificationDto(null, Confidentiality.C3, null, null, null,
                false, true);
        Comparison c = compare.compare(Subject.classified(c3), List.of("iaas"));
        assertThat(c.systemId()).isNull();
        assertThat(c.system().classification()).isEqualTo(c3);
        assertThat(c.system().name()).isNull();
        assertThat(c.columns().get(0).result().verdict().code()).isEqualTo("PROHIBITED");
    }

    @Test
    void noServiceOrBothOrNeitherSystemIsRefusedNamingTheField() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> compare.compare(new Subject(null, null), Collections.emptyList()));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("$.system", "$.services");
        assertThat(e.violations().get(1).message().ja()).contains("1 つ以上");
        InvalidDocumentException both = catchThrowableOfType(InvalidDocumentException.class,
                () -> compare.compare(new Subject("sys", new InformationClassificationDto(null, null, null, null, null,
                        null, null)), List.of("iaas")));
        assertThat(both.violations()).extracting(Violation::path).containsExactly("$.system");
        List<String> many = java.util.stream.IntStream.rangeClosed(0, CompareServicesUseCase.MAX_SERVICES)
                .mapToObj(i -> "s" + i).toList();
        InvalidDocumentException tooMany = catchThrowableOfType(InvalidDocumentException.class,
                () -> compare.compare(Subject.stored("sys"), many));
        assertThat(tooMany.violations().get(0).message().en()).contains("At most 12").contains("13 are chosen");
    }

    @Test
    void anUnknownSystemOrServiceIsNotFoundByName() {
        store();
        StoreException system = catchThrowableOfType(StoreException.class,
                () -> compare.compare(Subject.stored("nope"), List.of("iaas")));
        assertThat(system.reason()).isEqualTo(StoreException.Reason.NOT_FOUND);
        assertThat(system.text().en()).contains("nope");
        StoreException service = catchThrowableOfType(StoreException.class,
                () -> compare.compare(Subject.stored("sys"), List.of("iaas", "gone")));
        assertThat(service.reason()).isEqualTo(StoreException.Reason.NOT_FOUND);
        assertThat(service.text().ja()).contains("gone").contains("クラウドサービス");
    }

    @Test
    void servicesAndASystemGivenInFullAreComparedWithoutTheStore() {
        ShowProfileUseCase noStore = (ShowProfileUseCase) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ShowProfileUseCase.class}, (proxy, method, args) -> {
                    throw new AssertionError("the store was used for a comparison of profiles given in full");
                });
        CompareServicesUseCase filesOnly = new CompareServicesService(Fixtures.ASSESS, noStore, clock);
        Comparison c = filesOnly.compareWith(Subject.given(eligible.system()), List.of(
                ServiceChoice.given("iaas.json", eligible.service()), ServiceChoice.given("abroad.json", abroad.service()),
                ServiceChoice.given("iaas.json", abroad.service())));
        assertThat(c.systemId()).isNull();
        assertThat(c.columns()).extracting(col -> col.service().id()).containsExactly("iaas.json", "abroad.json");
        assertThat(c.columns()).noneMatch(CompareServicesUseCase.Column::stored);
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(c.columns().get(1).result()).isEqualTo(Fixtures.ASSESS.assess(new AssessmentRequestDocument(
                AssessmentRequestDocument.TYPE, null, null, eligible.system(), abroad.service(), null), today));
    }

    @Test
    void theRowsGiveEachRequirementsStatusPerServiceAndDifferingKeepsOnlyThoseThatDiffer() {
        store();
        Comparison c = compare.compareWith(Subject.stored("sys"), List.of(ServiceChoice.stored("iaas"),
                ServiceChoice.given("abroad.json", abroad.service())));
        assertThat(c.columns()).extracting(CompareServicesUseCase.Column::stored).containsExactly(true, false);
        List<CompareServicesUseCase.Row> rows = c.rows();
        assertThat(rows).extracting(CompareServicesUseCase.Row::requirementId)
                .containsExactlyElementsOf(c.columns().get(0).result().findings().stream().map(f -> f.id()).toList());
        for (CompareServicesUseCase.Row r : rows) {
            for (int i = 0; i < 2; i++) {
                String expected = c.columns().get(i).result().findings().stream()
                        .filter(f -> f.id().equals(r.requirementId())).findFirst().orElseThrow().status();
                assertThat(r.statuses().get(i)).as(r.requirementId()).isEqualTo(expected);
            }
        }
        List<CompareServicesUseCase.Row> differing = c.differing();
        assertThat(differing).isNotEmpty().hasSizeLessThan(rows.size())
                .allMatch(r -> !r.statuses().get(0).equals(r.statuses().get(1)));
        assertThat(rows.stream().filter(r -> !differing.contains(r)))
                .allMatch(r -> r.statuses().get(0).equals(r.statuses().get(1)));
    }

    @Test
    void theComparisonDocumentHoldsTheDifferencesAndFollowsItsSchema() throws java.io.IOException {
        store();
        Comparison c = compare.compare(Subject.stored("sys"), List.of("iaas", "abroad"));
        ServiceComparisonDocument doc = ServiceComparisonDocument.of(c);
        assertThat(doc.kumo()).isEqualTo("service-comparison/1");
        assertThat(doc.requirements()).isEqualTo(c.rows().size());
        assertThat(doc.differences()).extracting(ServiceComparisonDocument.Difference::id)
                .containsExactlyElementsOf(c.differing().stream().map(CompareServicesUseCase.Row::requirementId).toList());
        assertThat(doc.services()).extracting(ServiceComparisonDocument.ServiceEntry::verdict)
                .containsExactly(c.columns().get(0).result().verdict().code(), c.columns().get(1).result().verdict().code());
        com.fasterxml.jackson.databind.JsonNode tree = Fixtures.DOCUMENTS.objectMapper()
                .readTree(Fixtures.DOCUMENTS.write(doc));
        com.networknt.schema.Schema schema;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(
                kumo.application.support.Project.schema("service-comparison.schema.json"))) {
            schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                    com.networknt.schema.SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        assertThat(schema.validate(tree)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("services").get(0)).put("verdict", "MAYBE");
        assertThat(schema.validate(tree)).isNotEmpty();
    }
}
