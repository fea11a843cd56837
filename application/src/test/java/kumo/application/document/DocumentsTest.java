package kumo.application.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.support.Project;

/** Reading requests: every kind of bad input gives the exact path, a stable code and messages in both languages. */
class DocumentsTest {

    private final Documents documents = Documents.create();

    /** A valid request with {@code %s} spliced into the plan, system or service. */
    private static String request(String system, String service, String plan) {
        return """
                {"kumo": "assessment-request/1", "assessmentDate": "2026-11-28",
                 "system": {%s},
                 "service": {%s},
                 "plan": {%s}}
                """.formatted(system, service, plan);
    }

    /** The same in request format 2. */
    private static String request2(String system, String service, String plan) {
        return request(system, service, plan).replace("assessment-request/1", "assessment-request/2");
    }

        static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("unknown field at depth",
                        request("", "\"security\": {\"logRetentionDay\": 400}", ""),
                        "$.service.security.logRetentionDay", "unknownField"),
                Arguments.of("wrong type: a string for a number",
                        request("\"toleratedOutageHours\": \"24\"", "", ""),
                        "$.system.toleratedOutageHours", "wrongType"),
                Arguments.of("wrong type: an object for a list",
                        request("", "", "\"riskDecisions\": {\"riskId\": \"R01\"}"),
                        "$.plan.riskDecisions", "wrongType"),
                Arguments.of("wrong type: a string for a boolean",
                        request("\"internetBased\": \"yes\"", "", ""),
                        "$.system.internetBased", "wrongType"),
                Arguments.of("wrong type: a fraction for an integer",
                        request("", "\"security\": {\"logRetentionDays\": 365.5}", ""),
                        "$.service.security.logRetentionDays", "wrongType"),
                Arguments.of("bad enum value (case matters)",
                        request("", "\"deployment\": \"public_cloud\"", ""),
                        "$.service.deployment", "invalidEnum"),
                Arguments.of("bad enum value as a map key",
                        request("", "\"capabilities\": {\"TELEPORT\": true}", ""),
                        "$.service.capabilities.TELEPORT", "invalidEnum"),
                Arguments.of("a number for an enum",
                        request("\"users\": 1", "", ""),
                        "$.system.users", "wrongType"),
                Arguments.of("bad date",
                        request("", "", "\"entrustment\": {\"outcome\": \"YES\", \"decidedOn\": \"2026-02-30\"}"),
                        "$.plan.entrustment.decidedOn", "invalidDate"),
                Arguments.of("date in another format",
                        request("", "\"trackRecord\": {\"generallyAvailableSince\": \"2019/04/01\"}", ""),
                        "$.service.trackRecord.generallyAvailableSince", "invalidDate"),
                Arguments.of("C3A with the 2020 three-level scheme",
                        request("\"classification\": {\"scheme\": \"THREE_LEVEL_2020\", \"confidentiality\": \"C3A\"}", "", ""),
                        "$.system.classification.confidentiality", "confidentialityInScheme"),
                Arguments.of("C3 with the 2024 five-level scheme",
                        request("\"classification\": {\"scheme\": \"FIVE_LEVEL_2024\", \"confidentiality\": \"C3\"}", "", ""),
                        "$.system.classification.confidentiality", "confidentialityInScheme"),
                Arguments.of("negative hours",
                        request("", "\"continuity\": {\"recoveryTimeHours\": -2}", ""),
                        "$.service.continuity.recoveryTimeHours", "nonNegative"),
                Arguments.of("hours that overflow to infinity",
                        request("", "\"continuity\": {\"recoveryTimeHours\": 1e400}", ""),
                        "$.service.continuity.recoveryTimeHours", "tooLarge"),
                Arguments.of("negative tolerated outage",
                        request("\"toleratedOutageHours\": -0.5", "", ""),
                        "$.system.toleratedOutageHours", "nonNegative"),
                Arguments.of("percent above 100",
                        request("", "\"continuity\": {\"availabilitySlaPercent\": 100.01}", ""),
                        "$.service.continuity.availabilitySlaPercent", "percent"),
                Arguments.of("lower-case country code",
                        request("", "\"dataLocations\": {\"countries\": [\"JP\"], \"backupCountries\": [\"JP\", \"sg\"]}", ""),
                        "$.service.dataLocations.backupCountries[1]", "countryCode"),
                Arguments.of("null in a list",
                        request("", "\"certifications\": [null]", ""),
                        "$.service.certifications[0]", "noNullElement"),
                Arguments.of("same handling restriction twice",
                        request("\"classification\": {\"handlingRestrictions\": [\"NO_COPY\", \"NO_COPY\"]}", "", ""),
                        "$.system.classification.handlingRestrictions", "distinct"),
                Arguments.of("unknown riskId",
                        request("", "", "\"riskDecisions\": [{\"riskId\": \"R01\"}, {\"riskId\": \"R30\"}]"),
                        "$.plan.riskDecisions[1].riskId", "knownRisk"),
                Arguments.of("duplicate riskId",
                        request("", "", "\"riskDecisions\": [{\"riskId\": \"R10\"}, {\"riskId\": \"R01\"}, {\"riskId\": \"R10\"}]"),
                        "$.plan.riskDecisions[2].riskId", "duplicateRiskId"),
                Arguments.of("blank riskId",
                        request("", "", "\"riskDecisions\": [{\"riskId\": \"\"}]"),
                        "$.plan.riskDecisions[0].riskId", "notBlank"),
                Arguments.of("deviation from a requirement that is not deviable",
                        request("", "", "\"deviations\": [{\"requirementId\": \"LAW-01\", \"rationale\": \"x\"}]"),
                        "$.plan.deviations[0].requirementId", "deviableRequirement"),
                Arguments.of("two deviations from one requirement",
                        request("", "", "\"deviations\": [{\"requirementId\": \"SEC-03\"}, {\"requirementId\": \"SEC-03\"}]"),
                        "$.plan.deviations[1].requirementId", "duplicateDeviation"),
                Arguments.of("blank evidenceId of a scope check",
                        request("", "", "\"scopeChecks\": [{\"evidenceId\": \"ISO-1\"}, {\"evidenceId\": \"  \"}]"),
                        "$.plan.scopeChecks[1].evidenceId", "notBlank"),
                Arguments.of("missing reportId of an audit review",
                        request("", "", "\"auditReviews\": [{\"acceptable\": \"YES\"}]"),
                        "$.plan.auditReviews[0].reportId", "notBlank"),
                Arguments.of("a scope check naming evidence the service does not list",
                        request("", "\"certifications\": [{\"id\": \"ISO-1\", \"type\": \"ISO_27017\"}], \"auditReports\": [], \"ismapRegistrations\": []",
                                "\"scopeChecks\": [{\"evidenceId\": \"ISO-1\"}, {\"evidenceId\": \"ISO-2\"}]"),
                        "$.plan.scopeChecks[1].evidenceId", "unknownEvidence"),
                Arguments.of("an audit review naming a report the service does not list",
                        request("", "\"auditReports\": [{\"type\": \"SOC2_TYPE2\"}]",
                                "\"auditReviews\": [{\"reportId\": \"(SOC2_TYPE2)\"}, {\"reportId\": \"SOC-9\"}]"),
                        "$.plan.auditReviews[1].reportId", "unknownEvidence"),
                Arguments.of("consultation without a stage",
                        request("", "", "\"consultations\": [{\"heldOn\": \"2026-07-10\"}]"),
                        "$.plan.consultations[0].stage", "required"),
                Arguments.of("certificate valid until before valid from",
                        request("", "\"certifications\": [{\"validFrom\": \"2026-01-01\", \"validUntil\": \"2025-12-31\"}]", ""),
                        "$.service.certifications[0].validUntil", "datesInOrder"),
                Arguments.of("a risk acceptance expiring before it was decided",
                        request("", "", "\"riskDecisions\": [{\"riskId\": \"R20\", \"decidedOn\": \"2026-11-10\", \"expiresOn\": \"2026-11-01\"}]"),
                        "$.plan.riskDecisions[0].expiresOn", "datesInOrder"),
                // ---- request format 2: every new field validated at its path; fields of the other version rejected
                Arguments.of("format 1 with a format-2 data-location kind",
                        request("", "\"dataLocations\": {\"content\": [\"JP\"]}", ""),
                        "$.service.dataLocations.content", "onlyInFormat2"),
                Arguments.of("format 2 with the format-1 countries",
                        request2("", "\"dataLocations\": {\"countries\": [\"JP\"], \"logs\": [\"JP\"]}", ""),
                        "$.service.dataLocations.countries", "onlyInFormat1Locations"),
                Arguments.of("format 2 lower-case country of a kind",
                        request2("", "\"dataLocations\": {\"accountAndUsage\": [\"JP\", \"us\"]}", ""),
                        "$.service.dataLocations.accountAndUsage[1]", "countryCode"),
                Arguments.of("format 2 unknown field of the data locations",
                        request2("", "\"dataLocations\": {\"telemetry\": [\"JP\"]}", ""),
                        "$.service.dataLocations.telemetry", "unknownField"),
                Arguments.of("format 1 with the interconnect path",
                        request("", "", "\"networkPath\": \"PROVIDER_INTERCONNECT\""),
                        "$.plan.networkPath", "valueOnlyInFormat2"),
                Arguments.of("format 1 with an ISMAP scope",
                        request("", "\"ismapRegistrations\": [{\"list\": \"ISMAP\"}, {\"list\": \"ISMAP\", \"scope\": \"THIS_SERVICE\"}]", ""),
                        "$.service.ismapRegistrations[1].scope", "onlyInFormat2"),
                Arguments.of("format 2 with an unknown ISMAP scope",
                        request2("", "\"ismapRegistrations\": [{\"scope\": \"PLATFORM\"}]", ""),
                        "$.service.ismapRegistrations[0].scope", "invalidEnum"),
                Arguments.of("format 2 with a blank ISMAP holder",
                        request2("", "\"ismapRegistrations\": [{\"holder\": \"  \"}]", ""),
                        "$.service.ismapRegistrations[0].holder", "notBlank"),
                Arguments.of("format 2 deviation with the format-1 approver",
                        request2("", "", "\"deviations\": [{\"requirementId\": \"SEC-03\", \"approvedBy\": \"x\"}]"),
                        "$.plan.deviations[0].approvedBy", "onlyInFormat1Approval"),
                Arguments.of("format 1 deviation with a decision",
                        request("", "", "\"deviations\": [{\"requirementId\": \"SEC-03\", \"decision\": {\"outcome\": \"NO\"}}]"),
                        "$.plan.deviations[0].decision", "onlyInFormat2"),
                Arguments.of("format 2 deviation decision with a bad outcome",
                        request2("", "", "\"deviations\": [{\"requirementId\": \"SEC-03\", \"decision\": {\"outcome\": \"REFUSED\"}}]"),
                        "$.plan.deviations[0].decision.outcome", "invalidEnum"),
                Arguments.of("format 1 with the entrustment classification",
                        request("", "", "\"entrustmentClassification\": {\"confidentiality\": \"C2\"}"),
                        "$.plan.entrustmentClassification", "onlyInFormat2"),
                Arguments.of("format 2 entrustment classification outside its scheme",
                        request2("", "", "\"entrustmentClassification\": {\"confidentiality\": \"C3A\"}"),
                        "$.plan.entrustmentClassification.confidentiality", "confidentialityInScheme"),
                Arguments.of("format 1 following an earlier assessment",
                        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}, \"follows\": {\"assessmentId\": \"a-1\", \"reason\": \"x\"}}",
                        "$.follows", "onlyInFormat2"),
                Arguments.of("follows without the assessment",
                        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {}, \"follows\": {\"reason\": \"x\"}}",
                        "$.follows.assessmentId", "required"),
                Arguments.of("follows naming no assessment id",
                        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {}, \"follows\": {\"assessmentId\": \"../etc\", \"reason\": \"x\"}}",
                        "$.follows.assessmentId", "assessmentId"),
                Arguments.of("follows without a reason",
                        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {}, \"follows\": {\"assessmentId\": \"a-1\", \"reason\": \" \"}}",
                        "$.follows.reason", "notBlank"),
                Arguments.of("follows with a reason too long",
                        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {}, \"follows\": {\"assessmentId\": \"a-1\", \"reason\": \""
                                + "x".repeat(2001) + "\"}}",
                        "$.follows.reason", "tooLong"),
                Arguments.of("follows with an unknown field",
                        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {}, \"follows\": {\"assessmentId\": \"a-1\", \"why\": \"x\"}}",
                        "$.follows.why", "unknownField"),
                Arguments.of("a format version kumo does not read",
                        "{\"kumo\": \"assessment-request/3\", \"system\": {}, \"service\": {}}",
                        "$.kumo", "requestType"),
                Arguments.of("another document type",
                        "{\"kumo\": \"assessment-result/1\", \"system\": {}, \"service\": {}}",
                        "$.kumo", "requestType"),
                Arguments.of("another catalogue version",
                        "{\"kumo\": \"assessment-request/1\", \"catalogueVersion\": \"2\", \"system\": {}, \"service\": {}}",
                        "$.catalogueVersion", "catalogueVersion"),
                Arguments.of("the same field twice",
                        "{\"kumo\": \"assessment-request/1\", \"system\": {\"name\": \"a\", \"name\": \"b\"}, \"service\": {}}",
                        "$.system.name", "duplicateField"),
                Arguments.of("content after the document",
                        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}} {}",
                        "$", "trailingContent"),
                Arguments.of("an array instead of an object",
                        "[{\"kumo\": \"assessment-request/1\"}]",
                        "$", "wrongType"),
                Arguments.of("null instead of an object",
                        "null",
                        "$", "wrongType"),
                Arguments.of("empty document",
                        "",
                        "$", "empty"),
                Arguments.of("whitespace only",
                        " \n\t ",
                        "$", "empty"),
                Arguments.of("ideographic spaces only (white space beyond ASCII)",
                        " \u3000\n\u3000",
                        "$", "empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputNamesThePathInBothLanguages(String what, String json, String path, String code) {
        List<Violation> violations = violations(json);
        assertThat(violations).as(what).anySatisfy(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.code()).isEqualTo(code);
        });
        violations.forEach(DocumentsTest::assertReadable);
    }

    @Test
    void anEmptyObjectLacksTheThreeRequiredMembers() {
        List<Violation> violations = violations("{}");
        assertThat(violations).extracting(Violation::path).containsExactly("$.kumo", "$.service", "$.system");
        assertThat(violations).extracting(Violation::code).containsOnly("required");
        violations.forEach(DocumentsTest::assertReadable);
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        String json = "{\n  \"kumo\": \"assessment-request/1\",\n  \"system\": {\"name\": \"x\",, },\n  \"service\": {}\n}\n";
        Violation v = single(json);
        assertThat(v.code()).isEqualTo("syntax");
        assertThat(v.line()).isEqualTo(3);
        assertThat(v.column()).as("the second comma").isEqualTo(26);
        assertThat(v.path()).isEqualTo("$.system.name");
        assertThat(v.message().ja()).contains("3行目", "26文字目");
        assertThat(v.message().en()).contains("line 3", "column 26");
        assertReadable(v);
    }

    @Test
    void aDocumentCutShortSaysSo() {
        Violation v = single("{\"kumo\": \"assessment-request/1\", \"system\": {\"name\": \"x\"");
        assertThat(v.code()).isEqualTo("unexpectedEnd");
        assertThat(v.path()).startsWith("$.system");
        assertThat(v.line()).isEqualTo(1);
        assertReadable(v);
    }

    @Test
    void aShiftJisFileIsNotMistakenForJson() {
        byte[] sjis = "{\"kumo\": \"assessment-request/1\", \"system\": {\"name\": \"子育て相談\"}, \"service\": {}}"
                .getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        List<Violation> violations = violations(sjis);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("encoding");
            assertThat(v.path()).isEqualTo("$.system.name");
            assertThat(v.line()).isEqualTo(1);
            assertReadable(v);
        });
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] json = "\uFEFF{\"kumo\": \"assessment-request/1\", \"system\": {\"name\": \"子育て相談\"}, \"service\": {}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(documents.readRequest(json).system().name()).isEqualTo("子育て相談");
    }

    @Test
    void unknownFieldListsTheAllowedOnes() {
        Violation v = single(request("", "\"security\": {\"logRetentionDay\": 400}", ""));
        assertThat(v.message().en()).contains("\"logRetentionDay\"", "logRetentionDays");
        assertThat(v.message().ja()).contains("\"logRetentionDay\"", "logRetentionDays");
    }

    @Test
    void aBadEnumValueListsTheAllowedOnes() {
        Violation v = single(request("", "\"deployment\": \"public_cloud\"", ""));
        assertThat(v.message().en()).contains("\"public_cloud\"", "PUBLIC_CLOUD, LGWAN_ASP, PRIVATE");
    }

    @Test
    void everyBeanValidationProblemIsReportedAtOnce() {
        List<Violation> violations = violations(request(
                "\"toleratedOutageHours\": -1, \"classification\": {\"confidentiality\": \"C3B\"}",
                "\"security\": {\"logRetentionDays\": -1}",
                "\"riskDecisions\": [{\"riskId\": \"R99\"}]"));
        assertThat(violations).extracting(Violation::path).containsExactly(
                "$.plan.riskDecisions[0].riskId",
                "$.service.security.logRetentionDays",
                "$.system.classification.confidentiality",
                "$.system.toleratedOutageHours");
    }

    @Test
    void readingFromAStreamIsTheSame() {
        byte[] bytes = request("\"toleratedOutageHours\": -1", "", "").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> documents.readRequest(new ByteArrayInputStream(bytes)))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("$.system.toleratedOutageHours"));
    }

    @Test
    void absentAndNullMeanTheSame() {
        AssessmentRequestDocument absent = documents.readRequest("{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}}");
        AssessmentRequestDocument nulls = documents.readRequest(
                "{\"kumo\": \"assessment-request/1\", \"assessmentDate\": null, \"system\": {\"users\": null, \"classification\": null},"
                        + " \"service\": {\"security\": null}, \"plan\": null}");
        assertThat(nulls).isEqualTo(absent);
        assertThat(Documents.sha256(nulls)).isEqualTo(Documents.sha256(absent));
    }

    @Test
    void theDigestIgnoresKeyOrderAndWhitespace() {
        AssessmentRequestDocument a = documents.readRequest(
                "{\"kumo\": \"assessment-request/1\", \"system\": {\"name\": \"x\", \"users\": \"STAFF\"}, \"service\": {}}");
        AssessmentRequestDocument b = documents.readRequest(
                "{\"service\":{},\"system\":{\"users\":\"STAFF\",\"name\":\"x\"},\"kumo\":\"assessment-request/1\"}");
        assertThat(Documents.sha256(a)).isEqualTo(Documents.sha256(b)).matches("[0-9a-f]{64}");
        assertThat(Documents.canonicalJson(a))
                .isEqualTo("{\"kumo\":\"assessment-request/1\",\"service\":{},\"system\":{\"name\":\"x\",\"users\":\"STAFF\"}}");
    }

    @Test
    void everyExampleSurvivesAWriteAndReadAgain() throws IOException {
        try (Stream<Path> files = Files.list(Project.examples())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                AssessmentRequestDocument read;
                try (InputStream in = Files.newInputStream(p)) {
                    read = documents.readRequest(in);
                }
                String written = documents.write(read);
                assertThat(documents.readRequest(written)).as(p.getFileName().toString()).isEqualTo(read);
                assertThat(written).doesNotContain("null").startsWith("{\n  \"kumo\": \"" + read.kumo() + "\",");
            }
        }
    }

    @Test
    void validationMessagesExistInBothLanguagesWithTheSameKeys() throws IOException {
        Properties en = load("/ValidationMessages.properties");
        Properties ja = load("/ValidationMessages_ja.properties");
        assertThat(ja.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(ja.getProperty(key)).as(key).isNotBlank();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DocumentsTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private List<Violation> violations(String json) {
        return violations(json.getBytes(StandardCharsets.UTF_8));
    }

    private List<Violation> violations(byte[] json) {
        try {
            documents.readRequest(json);
        } catch (InvalidDocumentException e) {
            assertThat(e.getMessage()).startsWith("invalid document: ");
            assertThat(e.getStackTrace()).as("no stack trace is captured").isEmpty();
            return e.violations();
        }
        throw new AssertionError("accepted: " + new String(json, StandardCharsets.UTF_8));
    }

    private Violation single(String json) {
        List<Violation> violations = violations(json);
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    /** Both languages present, no Java class names or stack traces, no unfilled placeholders. */
    static void assertReadable(Violation v) {
        for (String text : List.of(v.message().ja(), v.message().en())) {
            assertThat(text).as(v.toString()).isNotBlank()
                    .doesNotContain("java.", "com.fasterxml", "jakarta.", "kumo.application", "kumo.domain", "Exception",
                            "Dto", "\tat ", "REDACTED", "{#", "{rejected}", "{name}", "{allowed}", "{line}", "\u001F");
        }
        assertThat(v.message().ja()).as("Japanese text").isNotEqualTo(v.message().en());
        assertThat(v.path()).startsWith("$");
    }
}
