package kumo.application.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;

import kumo.application.assess.AssessService;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.NextActionText;
import kumo.application.document.result.AssessmentResultDocument.RiskEntryText;
import kumo.application.document.result.CompactResultDocument;
import kumo.domain.catalogue.Language;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * The compact result keeps everything the full form says about this assessment — every finding, status,
 * reason, fact, exemption, risk row, next action and count — in one language, on every example; it is
 * valid against its published schema; and it leaves out the catalogue texts.
 */
class CompactResultTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final Documents documents = Documents.create();
    private final AssessService service = new AssessService(CatalogueV1.catalogue(), documents);

    private record Forms(AssessmentResultDocument full, CompactResultDocument compact) {
    }

    private Forms assess(Path example, Language language) throws IOException {
        byte[] json = Files.readAllBytes(example);
        return new Forms(service.assess(documents.readRequest(json), TODAY),
                service.assessCompact(documents.readRequest(json), TODAY, language));
    }

    private Stream<DynamicTest> onEveryExample(String what, Check check) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : SchemaTest.examples()) {
            for (Language language : Language.values()) {
                tests.add(DynamicTest.dynamicTest(p.getFileName() + " " + language,
                        () -> check.run(p.getFileName().toString(), assess(p, language), language)));
            }
        }
        assertThat(tests).as(what).hasSizeGreaterThanOrEqualTo(26);
        return tests.stream();
    }

    private interface Check {
        void run(String name, Forms forms, Language language) throws Exception;
    }

    @TestFactory
    Stream<DynamicTest> keepsEveryFindingStatusReasonFactAndNextActionOfTheFullForm() throws IOException {
        return onEveryExample("examples × languages", (name, forms, language) -> {
            AssessmentResultDocument full = forms.full();
            CompactResultDocument compact = forms.compact();
            assertThat(compact.lang()).isEqualTo(language == Language.JA ? "ja" : "en");
            assertThat(compact.verdict()).isEqualTo(full.verdict().code());
            assertThat(compact.verdictLabel()).isEqualTo(language == Language.JA ? full.verdict().ja() : full.verdict().en());
            assertThat(List.of(compact.catalogueVersion(), compact.assessmentDate(), compact.requestDigest(), compact.inScope()))
                    .isEqualTo(List.of(full.catalogueVersion(), full.assessmentDate(), full.requestDigest(), full.inScope()));
            assertThat(compact.summary()).isEqualTo(full.summary());
            assertThat(compact.follows()).as(name).isEqualTo(full.follows());

            assertThat(compact.findings()).hasSameSizeAs(full.findings());
            for (int i = 0; i < full.findings().size(); i++) {
                FindingEntry f = full.findings().get(i);
                CompactResultDocument.Finding c = compact.findings().get(i);
                String at = name + " " + f.id();
                assertThat(c.id()).as(at).isEqualTo(f.id());
                assertThat(c.status()).as(at).isEqualTo(f.status());
                assertThat(c.ruleStatus()).as(at).isEqualTo(f.ruleStatus());
                assertThat(c.reasons()).as(at).isEqualTo(in(f.reasons(), language));
                assertThat(c.exemptionId()).as(at).isEqualTo(f.exemptionId());
                assertThat(c.facts()).as(at).hasSameSizeAs(f.facts());
                for (int j = 0; j < f.facts().size(); j++) {
                    var fact = f.facts().get(j);
                    assertThat(c.facts().get(j)).as(at).isEqualTo(
                            new CompactResultDocument.Fact(fact.name(), fact.value(), fact.evidence()));
                }
                var d = f.deviation();
                assertThat(c.deviation()).as(at).isEqualTo(d == null ? null : new CompactResultDocument.Deviation(
                        d.requirementId(), d.rationale(), d.justifiedByFlowDesign(), d.approvedBy(), d.approvedOn(),
                        d.refusedBy(), d.refusedOn(), d.refusalRationale(), d.accepted(), d.outcome()));
            }

            assertThat(compact.exemptions()).hasSameSizeAs(full.exemptions());
            for (int i = 0; i < full.exemptions().size(); i++) {
                var e = full.exemptions().get(i);
                assertThat(compact.exemptions().get(i)).as(name + " " + e.id())
                        .isEqualTo(new CompactResultDocument.Exemption(e.id(), e.state(), in(e.reasons(), language)));
            }

            assertThat(compact.risks()).hasSameSizeAs(full.risks());
            for (int i = 0; i < full.risks().size(); i++) {
                RiskEntryText r = full.risks().get(i);
                CompactResultDocument.Risk c = compact.risks().get(i);
                String at = name + " " + r.id();
                assertThat(List.of(c.id(), c.state(), c.applies(), c.applicabilityKnown()))
                        .as(at).isEqualTo(List.of(r.id(), r.state(), r.applies(), r.applicabilityKnown()));
                assertThat(c.capabilityOffered()).as(at).isEqualTo(r.capabilityOffered());
                assertThat(c.reasons()).as(at).isEqualTo(in(r.reasons(), language));
                assertThat(c.decision() == null).as(at).isEqualTo(r.decision() == null);
                if (r.decision() != null) {
                    assertThat(c.decision().treatment()).as(at).isEqualTo(r.decision().treatment());
                    assertThat(c.decision().rationale()).as(at).isEqualTo(r.decision().rationale());
                    assertThat(c.decision().decidedOn()).as(at).isEqualTo(r.decision().decidedOn());
                    assertThat(c.decision().expiresOn()).as(at).isEqualTo(r.decision().expiresOn());
                    assertThat(c.decision().check() == null).as(at).isEqualTo(r.decision().check() == null);
                }
            }

            assertThat(compact.nextActions()).hasSameSizeAs(full.nextActions());
            for (int i = 0; i < full.nextActions().size(); i++) {
                NextActionText a = full.nextActions().get(i);
                assertThat(compact.nextActions().get(i)).as(name + " action " + i).isEqualTo(new CompactResultDocument.Action(
                        a.target(), a.type(), a.blocking(), a.stage(), a.text().in(language)));
            }
        });
    }

    /** Built straight from the assessment (what the use case does) or from a stored full document: the same. */
    @TestFactory
    Stream<DynamicTest> theCompactFormOfAFullDocumentIsTheOneBuiltDirectly() throws IOException {
        return onEveryExample("examples × languages", (name, forms, language) ->
                assertThat(CompactResultDocument.of(forms.full(), language)).isEqualTo(forms.compact()));
    }

    @TestFactory
    Stream<DynamicTest> everyCompactResultIsValidAgainstItsSchema() throws IOException {
        Schema schema = SchemaTest.schema("assessment-result-compact.schema.json");
        return onEveryExample("examples × languages", (name, forms, language) ->
                assertThat(schema.validate(JSON.readTree(documents.write(forms.compact())))).isEmpty());
    }

    @Test
    void anUnknownFactIsWrittenAsNullNotLeftOut() throws IOException {
        JsonNode compact = JSON.readTree(documents.write(
                assess(SchemaTest.examples().get(0).resolveSibling("incomplete-early-saas-evaluation.json"), Language.EN).compact()));
        List<JsonNode> unknown = new ArrayList<>();
        compact.path("findings").forEach(f -> f.path("facts").forEach(x -> {
            if (x.has("value") && x.get("value").isNull()) {
                unknown.add(x);
            }
        }));
        assertThat(unknown).isNotEmpty();
    }

    /** No catalogue text: the schema refuses a title, and no requirement's title appears in the document. */
    @Test
    void leavesOutTheCatalogueTexts() throws IOException {
        Path example = SchemaTest.examples().get(0).resolveSibling("full-city-record.json");
        for (Language language : Language.values()) {
            Forms forms = assess(example, language);
            String compact = documents.write(forms.compact());
            String full = documents.write(forms.full());
            for (FindingEntry f : forms.full().findings()) {
                assertThat(compact).as(f.id()).doesNotContain("\"" + f.title().in(language) + "\"");
            }
            assertThat(compact.length()).as("compact vs full, " + language).isLessThan(full.length() / 4);
        }
        ObjectNode withTitle = (ObjectNode) JSON.readTree(documents.write(assess(example, Language.JA).compact()));
        ((ObjectNode) withTitle.path("findings").get(0)).put("title", "委託の可否");
        assertThat(SchemaTest.schema("assessment-result-compact.schema.json").validate(withTitle)).isNotEmpty();
    }

    /** A request that did not come through the JSON reader (built in code) gets the same checks. */
    @Test
    void anUnvalidatedRequestIsValidatedToo() throws IOException {
        AssessmentRequestDocument unchecked = documents.objectMapper().readValue(
                "{\"kumo\": \"assessment-request/1\", \"system\": {\"toleratedOutageHours\": -1}, \"service\": {}}",
                AssessmentRequestDocument.class);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.assessCompact(unchecked, TODAY, Language.EN))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("$.system.toleratedOutageHours"));
    }

    private static List<String> in(List<LocalizedText> texts, Language language) {
        return texts.stream().map(t -> t.in(language)).toList();
    }
}
