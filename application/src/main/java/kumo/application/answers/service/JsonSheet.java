package kumo.application.answers.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import kumo.application.answers.AnswerSheetLayout;
import kumo.application.answers.AnswerTexts;
import kumo.application.answers.Column;
import kumo.application.answers.Table;
import kumo.application.answers.VendorAnswersDocument;
import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.domain.catalogue.Language;

/**
 * The answer sheet as JSON ({@value VendorAnswersDocument#TYPE}): written with every field present, read with the
 * same strictness as a request (UTF-8, no unknown field, no duplicate key, limits), answers typed by the same
 * {@link AnswerValues} as the workbook's cells.
 */
final class JsonSheet {

    private JsonSheet() {
    }

    static byte[] write(BlankSheet blank, Documents documents) {
        List<VendorAnswersDocument.Entry> entries = blank.rows().stream()
                .map(r -> new VendorAnswersDocument.Entry(r.category(), r.requirementIds(), r.level(), r.question().item(),
                        r.text(), r.how(), r.note(), null, null))
                .toList();
        VendorAnswersDocument doc = new VendorAnswersDocument(VendorAnswersDocument.TYPE, blank.catalogueVersion(),
                blank.language().name().toLowerCase(Locale.ROOT), blank.system(),
                new VendorAnswersDocument.ServicePart(null, null), entries, null, null, null);
        return (documents.write(doc) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @throws InvalidDocumentException the JSON problems at their paths, a wrong {@code kumo}, an unknown column
     */
    static RawSheet read(byte[] bytes, Documents documents) {
        if (!ofItsType(bytes, documents)) {
            throw new InvalidDocumentException(List.of(new Violation("$.kumo", "documentType",
                    AnswerTexts.of("problem.json.type"))));
        }
        VendorAnswersDocument doc = documents.read(bytes, VendorAnswersDocument.class);
        List<Violation> problems = new ArrayList<>();
        List<RawSheet.RawAnswer> answers = new ArrayList<>();
        List<VendorAnswersDocument.Entry> entries = doc.answers() == null ? List.of() : doc.answers();
        for (int i = 0; i < entries.size(); i++) {
            VendorAnswersDocument.Entry e = entries.get(i);
            String at = "$.answers[" + i + "]";
            if (e == null) {
                continue;
            }
            String item = e.item() == null ? "" : e.item().strip();
            String first = e.requirements() == null || e.requirements().isEmpty() ? "" : e.requirements().get(0) + " ";
            String label = first + item;
            VendorAnswersDocument.Evidence ev = e.evidence();
            answers.add(new RawSheet.RawAnswer(item, raw(e.answer()), ev == null ? null : ev.document(),
                    ev == null ? null : ev.date(), new Where(at + ".answer", label, i + 1, "answer"),
                    new Where(at + ".evidence.document", label, i + 1, "evidence.document"),
                    new Where(at + ".evidence.date", label, i + 1, "evidence.date")));
        }
        Map<String, List<RawSheet.RawRow>> tables = new LinkedHashMap<>();
        tables.put("ismapRegistrations", rows("ismapRegistrations", doc.ismapRegistrations(), problems));
        tables.put("certifications", rows("certifications", doc.certifications(), problems));
        tables.put("auditReports", rows("auditReports", doc.auditReports(), problems));
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        VendorAnswersDocument.ServicePart service = doc.service();
        Language language = "en".equals(doc.lang()) ? Language.EN : Language.JA;
        return new RawSheet(doc.catalogueVersion(), language, service == null ? null : service.name(),
                service == null ? null : service.provider(), new Where("$.service.name", "service.name", 0, "name"),
                new Where("$.service.provider", "service.provider", 0, "provider"), answers, tables, List.of());
    }

    /**
     * Whether the JSON names itself an answer sheet; JSON that cannot be read counts as one here, so that reading it
     * reports its syntax problem at its line and column.
     */
    private static boolean ofItsType(byte[] bytes, Documents documents) {
        JsonNode root;
        try {
            root = documents.objectMapper().readTree(bytes);
        } catch (java.io.IOException | RuntimeException e) {
            return true;
        }
        if (root == null || !root.isObject()) {
            return true;
        }
        JsonNode kumo = root.get("kumo");
        return kumo != null && kumo.isTextual() && VendorAnswersDocument.TYPE.equals(kumo.textValue());
    }

    /** A table's entries ({@code null} stays {@code null}: unknown; {@code []} is none). */
    private static List<RawSheet.RawRow> rows(String key, List<Map<String, JsonNode>> entries, List<Violation> problems) {
        if (entries == null) {
            return null;
        }
        Table table = AnswerSheetLayout.table(key);
        List<RawSheet.RawRow> rows = new ProfileAssembler.JsonRows();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, JsonNode> entry = entries.get(i) == null ? Map.of() : entries.get(i);
            String at = "$." + key + "[" + i + "]";
            for (String name : entry.keySet()) {
                if (table.column(name) == null) {
                    problems.add(new Violation(at + "." + name, "unknownField", AnswerTexts.of("problem.json.unknownColumn",
                            AnswerValues.echo(name), String.join(", ", table.columns().stream().map(Column::key).toList()))));
                }
            }
            Map<String, Object> cells = new HashMap<>();
            Map<String, Where> where = new HashMap<>();
            for (Column column : table.columns()) {
                where.put(column.key(), new Where(at + "." + column.key(), key + " " + column.key(), i + 1, column.key()));
                Object value = raw(entry.get(column.key()));
                if (value != null) {
                    cells.put(column.key(), value);
                }
            }
            rows.add(new RawSheet.RawRow(cells, where));
        }
        return rows;
    }

    /** A JSON value as a cell would hold it; an object, or an array of non-strings, is passed on to be refused. */
    private static Object raw(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonNode n : node) {
                if (!n.isTextual()) {
                    return node; // refused by every kind of answer, shown as JSON
                }
                list.add(n.textValue());
            }
            return list;
        }
        return node; // an object: refused by every kind of answer, shown as JSON
    }
}
