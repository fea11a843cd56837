package kumo.application.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import kumo.application.answers.AnswerSheetUseCase.SheetFormat;
import kumo.application.support.Project;
import kumo.domain.catalogue.Language;

/**
 * docs/schema/vendor-answers.schema.json, which {@link VendorAnswersDocument} names, exists and describes the JSON
 * form: the blank template kumo writes (what {@code kumo answers template --out x.json} writes) and a filled one
 * that kumo reads are valid; broken ones are not.
 */
class VendorAnswersSchemaTest {

    static Schema schema() throws IOException {
        try (InputStream in = Files.newInputStream(Project.schema("vendor-answers.schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    @Test
    void theTemplateAndAFilledSheetAreValidABrokenOneIsNot() throws IOException {
        Schema schema = schema();
        ObjectMapper mapper = AnswerSheetTest.DOCUMENTS.objectMapper();
        for (Language language : Language.values()) {
            JsonNode blank = mapper.readTree(AnswerSheetTest.SHEETS.blank(AnswerSheetTest.request().system(), language,
                    SheetFormat.JSON));
            assertThat(schema.validate(blank)).as("blank " + language).isEmpty();
        }

        ObjectNode doc = (ObjectNode) mapper.readTree(AnswerSheetTest.blank(SheetFormat.JSON));
        Map<String, String> met = FilledSheet.met();
        for (JsonNode entry : doc.get("answers")) {
            ((ObjectNode) entry).put("answer", met.get(entry.get("item").asText()));
        }
        ((ObjectNode) doc.get("answers").get(0)).putObject("evidence").put("document", "サービス仕様書 第3.2版")
                .put("date", "2026-10-01");
        ((ObjectNode) doc.get("service")).put("name", "映像クラウド保管サービス").put("provider", "株式会社サンプル");
        ArrayNode certs = doc.putArray("certifications");
        for (List<String> row : FilledSheet.metTables().get("certifications")) {
            certs.addObject().put("id", row.get(0)).put("type", row.get(1)).put("validFrom", row.get(4))
                    .put("validUntil", row.get(5));
        }
        doc.putArray("auditReports").addObject().put("id", "A-1").put("type", "SOC2_TYPE2").put("opinion", "UNQUALIFIED")
                .put("exceptionsNoted", false).putArray("principles").add("SECURITY");
        doc.putArray("ismapRegistrations");
        assertThat(schema.validate(doc)).as("filled").isEmpty();
        // kumo reads what the schema accepts
        assertThat(AnswerSheetTest.SHEETS.read(mapper.writeValueAsBytes(doc), "filled.json").answered()).isPositive();

        ObjectNode wrongType = doc.deepCopy().put("kumo", "vendor-answers/2");
        assertThat(schema.validate(wrongType)).isNotEmpty();
        ObjectNode unknownField = doc.deepCopy();
        ((ObjectNode) unknownField.get("answers").get(0)).put("answr", "はい");
        assertThat(schema.validate(unknownField)).isNotEmpty();
        ObjectNode unknownColumn = doc.deepCopy();
        ((ObjectNode) unknownColumn.get("certifications").get(0)).put("expires", "2029-03-31");
        assertThat(schema.validate(unknownColumn)).isNotEmpty();
        ObjectNode objectAnswer = doc.deepCopy();
        ((ObjectNode) objectAnswer.get("answers").get(0)).putObject("answer").put("value", "はい");
        assertThat(schema.validate(objectAnswer)).isNotEmpty();
        ObjectNode badDate = doc.deepCopy();
        ((ObjectNode) badDate.get("answers").get(0).get("evidence")).put("date", "2026/10/01");
        assertThat(schema.validate(badDate)).isNotEmpty();
        assertThat(schema.validate(mapper.readTree("{\"answers\": []}"))).isNotEmpty();
    }
}
