package kumo.application.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.records.port.in.RecordAssessmentUseCase.AssessmentToRecord;
import kumo.application.records.port.in.StoreSession;
import kumo.application.records.port.out.Store;
import kumo.application.support.Project;

/** Export → import → export, the format's strictness on import, and the published schema. */
class StoreExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Fixtures.MovableClock clock = new Fixtures.MovableClock(Instant.parse("2026-11-30T15:30:00.123456789Z"));

    private StoreSession service(Store store) {
        int[] next = {0};
        return Fixtures.session(store, clock, () -> "a" + ++next[0]);
    }

    /** A store with services, systems, re-assessments, an update and a deletion in it. */
    private InMemoryStore populated() {
        InMemoryStore store = new InMemoryStore();
        StoreSession records = service(store);
        for (String example : List.of("expired-certificate.json", "full-city-record.json", "eligible-ismap-iaas.json",
                "not-eligible-data-abroad.json", "out-of-scope-event-website.json")) {
            records.recordAssessment().record(new AssessmentToRecord(Fixtures.request(Fixtures.example(example)), null, null), Fixtures.ACTOR);
            clock.advance(Duration.ofMinutes(3));
        }
        ObjectNode renewed = Fixtures.tree("expired-certificate.json");
        ((ObjectNode) renewed.with("service").withArray("certifications").get(1)).put("validUntil", "2029-09-30");
        records.recordAssessment().record(new AssessmentToRecord(Fixtures.request(renewed), null, null), new Actor("nightly-import"));
        clock.advance(Duration.ofMinutes(1));
        ServiceRecord svc = records.showProfile().find(ProfileKind.SERVICE, "Example Health Booking").orElseThrow();
        records.saveProfile().save(ProfileKind.SERVICE, svc.id(), svc.profile(), svc.version(), Fixtures.ACTOR);
        String deleted = store.contents().systems().get(store.contents().systems().size() - 1).id();
        records.deleteSystem().delete(deleted, null, "削除依頼 2026-123", Fixtures.ACTOR);
        return store;
    }

    private static byte[] export(StoreSession records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        records.exportStore().exportTo(out);
        return out.toByteArray();
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static InputStream in(JsonNode tree) {
        return in(tree.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void exportImportExportGivesTheSameBytesAndTheSameContents() {
        InMemoryStore source = populated();
        byte[] first = export(service(source));
        assertThat(export(service(source))).as("same contents, same bytes").isEqualTo(first);

        InMemoryStore target = new InMemoryStore();
        ImportSummary summary = service(target).importStore().importFrom(in(first));

        StoreContents original = source.contents();
        assertThat(summary).isEqualTo(new ImportSummary(original.services().size(), original.systems().size(),
                original.assessments().size(), original.auditEvents().size()));
        assertThat(target.contents()).isEqualTo(original);
        assertThat(export(service(target))).isEqualTo(first);
        assertThat(service(target).verifyAuditTrail().verify().intact()).isTrue();
        for (AssessmentRecord a : original.assessments()) {
            assertThat(target.index(a.summary().id())).as("index re-derived").isEqualTo(source.index(a.summary().id()));
        }
    }

    @Test
    void theExportEmbedsDocumentsAsJsonAndIsPlainUtf8() throws IOException {
        byte[] bytes = export(service(populated()));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"kumo\": \"kumo-store-export/1\",\n  \"services\": [\n").endsWith("}\n").contains("健康診査");
        JsonNode assessment = JSON.readTree(bytes).get("assessments").get(0);
        assertThat(assessment.get("request").isObject()).isTrue();
        assertThat(assessment.get("result").get("verdict").get("code").asText()).isEqualTo(assessment.get("verdict").asText());
        assertThat(assessment.get("previousId").isNull()).isTrue();
    }

    @Test
    void anExportIsValidAgainstThePublishedSchema() throws IOException {
        Schema schema = exportSchema();
        JsonNode export = JSON.readTree(export(service(populated())));
        List<Error> errors = schema.validate(export);
        assertThat(errors).isEmpty();

        ObjectNode broken = export.deepCopy();
        ((ObjectNode) broken.withArray("auditEvents").get(0)).put("hash", "xyz");
        ((ObjectNode) broken.withArray("assessments").get(0).get("request")).put("colour", "blue");
        assertThat(schema.validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    static Schema exportSchema() throws IOException {
        return publishedSchema("store-export.schema.json");
    }

    /** A schema of docs/schema, its references to the other published schemas resolved from docs/schema. */
    static Schema publishedSchema(String file) throws IOException {
        String prefix = "https://kumo.example/schema/";
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(iri -> iri.startsWith(prefix) ? read(iri.substring(prefix.length())) : null));
        try (InputStream in = Files.newInputStream(Project.schema(file))) {
            return registry.getSchema(in);
        }
    }

    private static String read(String schemaFile) {
        try {
            return Files.readString(Project.schema(schemaFile));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anImportNeedsAnEmptyStoreAndWritesNothingOtherwise() {
        byte[] bytes = export(service(populated()));
        InMemoryStore target = new InMemoryStore();
        StoreSession records = service(target);
        records.saveProfile().save(ProfileKind.SERVICE, "x", Fixtures.request(Fixtures.example("expired-certificate.json")).service(), null,
                Fixtures.ACTOR);
        StoreContents before = target.contents();
        StoreException e = catchThrowableOfType(StoreException.class, () -> records.importStore().importFrom(in(bytes)));
        assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_EMPTY);
        assertThat(e.text().ja()).contains("空ではありません");
        assertThat(target.contents()).isEqualTo(before);
    }

    @Test
    void aFileWhoseAuditChainIsBrokenIsRefusedBeforeAnythingIsWritten() throws IOException {
        ObjectNode export = (ObjectNode) JSON.readTree(export(service(populated())));
        ((ObjectNode) export.withArray("auditEvents").get(2)).put("actor", "someone else");
        InMemoryStore target = new InMemoryStore();
        StoreException e = catchThrowableOfType(StoreException.class, () -> service(target).importStore().importFrom(in(export)));
        assertThat(e.reason()).isEqualTo(StoreException.Reason.INVALID);
        assertThat(e.text().en()).contains("does not prove itself").contains("audit_event 3 HASH_MISMATCH")
                .contains("Audit event 3");
        assertThat(e.text().ja()).contains("監査記録 3");
        assertThat(target.isEmpty()).isTrue();

        ArrayNode events = ((ObjectNode) JSON.readTree(export(service(populated())))).withArray("auditEvents");
        events.remove(1);
        ObjectNode gap = (ObjectNode) JSON.readTree(export(service(populated())));
        gap.set("auditEvents", events);
        assertThatThrownBy(() -> service(target).importStore().importFrom(in(gap))).isInstanceOf(StoreException.class)
                .hasMessageContaining("expected 2, found 3");
        assertThat(target.isEmpty()).isTrue();
    }

    /** Imports {@code tree} into an empty store; it must fail with exactly these paths and leave the store empty. */
    private List<Violation> rejected(JsonNode tree) {
        InMemoryStore target = new InMemoryStore();
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> service(target).importStore().importFrom(in(tree)));
        assertThat(e).as(tree.toString().substring(0, Math.min(200, tree.toString().length()))).isNotNull();
        assertThat(target.isEmpty()).isTrue();
        assertThat(e.violations()).allSatisfy(v -> {
            assertThat(v.message().ja()).isNotBlank().doesNotContain("Exception");
            assertThat(v.message().en()).isNotBlank().doesNotContain("Exception").doesNotContain("kumo.application");
        });
        return e.violations();
    }

    private ObjectNode exported() throws IOException {
        return (ObjectNode) JSON.readTree(export(service(populated())));
    }

    @Test
    void theWrongDocumentTypeIsNamed() throws IOException {
        ObjectNode doc = exported();
        doc.put("kumo", "assessment-request/1");
        assertThat(rejected(doc)).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.kumo", "documentType"));
    }

    @Test
    void unknownFieldsWrongTypesAndBadValuesAreNamedByPath() throws IOException {
        ObjectNode unknown = exported();
        ((ObjectNode) unknown.withArray("systems").get(0)).put("colour", "blue");
        assertThat(rejected(unknown)).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.systems[0].colour", "unknownField"));

        ObjectNode wrongType = exported();
        ((ObjectNode) wrongType.withArray("services").get(0)).put("version", "three");
        assertThat(rejected(wrongType)).extracting(Violation::path).containsExactly("$.services[0].version");

        ObjectNode badEnum = exported();
        ((ObjectNode) badEnum.withArray("auditEvents").get(0)).put("action", "SERVICE_STOLEN");
        List<Violation> v = rejected(badEnum);
        assertThat(v).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.auditEvents[0].action", "invalidEnum"));
        assertThat(v.get(0).message().en()).contains("SERVICE_STOLEN").contains("ASSESSMENT_RECORDED");

        ObjectNode badDate = exported();
        ((ObjectNode) badDate.withArray("assessments").get(1)).put("recordedAt", "yesterday");
        assertThat(rejected(badDate)).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.assessments[1].recordedAt", "invalidDate"));
    }

    @Test
    void missingFieldsAreAllReportedTogether() throws IOException {
        ObjectNode doc = exported();
        ((ObjectNode) doc.withArray("services").get(0)).remove("updatedBy");
        ((ObjectNode) doc.withArray("assessments").get(0)).remove("result");
        ((ObjectNode) doc.withArray("auditEvents").get(1)).putNull("hash");
        assertThat(rejected(doc)).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.services[0].updatedBy", "required"),
                org.assertj.core.groups.Tuple.tuple("$.assessments[0].result", "required"),
                org.assertj.core.groups.Tuple.tuple("$.auditEvents[1].hash", "required"));
        ObjectNode noEvents = exported();
        noEvents.remove("auditEvents");
        assertThat(rejected(noEvents)).extracting(Violation::path).containsExactly("$.auditEvents");
    }

    @Test
    void embeddedRequestsAndProfilesAreCheckedByTheRequestRules() throws IOException {
        ObjectNode doc = exported();
        ((ObjectNode) doc.withArray("assessments").get(0).get("request").get("system")).put("toleratedOutageHours", -1);
        ((ObjectNode) doc.withArray("systems").get(1).get("profile")).put("toleratedDataLossHours", -2);
        assertThat(rejected(doc)).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.assessments[0].request.system.toleratedOutageHours", "nonNegative"),
                org.assertj.core.groups.Tuple.tuple("$.systems[1].profile.toleratedDataLossHours", "nonNegative"));

        ObjectNode unbindable = exported();
        ((ObjectNode) unbindable.withArray("services").get(0).get("profile")).put("capabilities", "all");
        assertThat(rejected(unbindable)).extracting(Violation::path).containsExactly("$.services[0].profile.capabilities");
    }

    @Test
    void theColumnsMustAgreeWithTheDocumentsAndReferencesMustResolve() throws IOException {
        ObjectNode doc = exported();
        ObjectNode first = (ObjectNode) doc.withArray("assessments").get(0);
        first.put("verdict", "ELIGIBLE".equals(first.get("verdict").asText()) ? "PROHIBITED" : "ELIGIBLE");
        ((ObjectNode) first.get("request").get("system")).put("department", "別の部署");
        ObjectNode second = (ObjectNode) doc.withArray("assessments").get(1);
        second.put("serviceId", "no such service");
        second.put("previousId", "no such assessment");
        assertThat(rejected(doc)).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.assessments[0].verdict", "mismatch"),
                org.assertj.core.groups.Tuple.tuple("$.assessments[0].result.requestDigest", "mismatch"),
                org.assertj.core.groups.Tuple.tuple("$.assessments[1].serviceId", "unknownReference"),
                org.assertj.core.groups.Tuple.tuple("$.assessments[1].previousId", "unknownReference"));
    }

    @Test
    void duplicateKeysAreRefused() throws IOException {
        ObjectNode doc = exported();
        ArrayNode services = doc.withArray("services");
        services.add(services.get(0).deepCopy());
        assertThat(rejected(doc)).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.services[" + (services.size() - 1) + "].id", "duplicate"));
    }

    @Test
    void malformedJsonIsReportedWithItsPosition() {
        InMemoryStore target = new InMemoryStore();
        StoreSession records = service(target);
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> records.importStore().importFrom(
                in("{\n  \"kumo\": \"kumo-store-export/1\",\n  \"services\": [,]\n}".getBytes(StandardCharsets.UTF_8))));
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("syntax");
            assertThat(v.line()).isEqualTo(3);
            assertThat(v.message().en()).contains("line 3");
        });
        assertThat(catchThrowableOfType(InvalidDocumentException.class, () -> records.importStore().importFrom(in(new byte[0])))
                .violations()).extracting(Violation::code).containsExactly("empty");
        assertThat(catchThrowableOfType(InvalidDocumentException.class,
                () -> records.importStore().importFrom(in("[]".getBytes(StandardCharsets.UTF_8)))).violations())
                .extracting(Violation::code).containsExactly("wrongType");
        assertThat(catchThrowableOfType(InvalidDocumentException.class, () -> records.importStore().importFrom(
                in("{\"kumo\": \"kumo-store-export/1\", \"kumo\": \"x\"}".getBytes(StandardCharsets.UTF_8)))).violations())
                .extracting(Violation::code).containsExactly("duplicateField");
        assertThat(target.isEmpty()).isTrue();
    }

    @Test
    void anEmptyStoreExportsAndImportsToo() {
        byte[] bytes = export(service(new InMemoryStore()));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"services\": [],").contains("\"auditEvents\": []\n}\n");
        InMemoryStore target = new InMemoryStore();
        assertThat(service(target).importStore().importFrom(in(bytes))).isEqualTo(new ImportSummary(0, 0, 0, 0));
        assertThat(export(service(target))).isEqualTo(bytes);
    }

    @Test
    void profilesRoundTripExactly() {
        InMemoryStore source = populated();
        InMemoryStore target = new InMemoryStore();
        service(target).importStore().importFrom(in(export(service(source))));
        for (ServiceRecord s : source.contents().services()) {
            CloudServiceProfileDto copy = target.findProfile(ProfileKind.SERVICE, s.id()).orElseThrow().profile();
            assertThat(copy).isEqualTo(s.profile());
        }
    }
}
