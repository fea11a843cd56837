package kumo.application.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kumo.application.answers.AnswerSheetUseCase.SheetFormat;
import kumo.application.answers.service.AnswerSheetService;
import kumo.application.assess.AssessService;
import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Kind;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Requirement;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * The must-show of the vendor answer sheet: a sheet filled in with every row met, written as a real .xlsx from the
 * blank template and read back, assesses to no SERVICE requirement NOT_MET; one row answered "no" gives exactly
 * that requirement NOT_MET; a blank sheet gives UNKNOWN naming the evidence needed; cells that cannot be read are
 * named by sheet, row and cell.
 */
class AnswerSheetTest {

    static final Documents DOCUMENTS = Documents.create();
    static final Catalogue CATALOGUE = CatalogueV1.catalogue();
    static final AnswerSheetUseCase SHEETS = new AnswerSheetService(CATALOGUE, CatalogueV1.procurementForm(), DOCUMENTS);
    static final AssessService ASSESS = new AssessService(CATALOGUE, DOCUMENTS);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /** Facts only the §5 form of EXM-VIDEO reads: "no" there makes no finding NOT_MET for a general system. */
    static final Set<String> SECTION5_FORM_ONLY = Set.of("continuity.advanceNotice.coversInterruption",
            "continuity.advanceNotice.coversCancellation", "security.vulnerabilityDiscoveryMethodPresented",
            "security.vulnerabilityDiscoveryExecutable", "security.deletionIrrecoverable",
            "security.deletionThirdPartyAudit");

    /**
     * The system of docs/examples/full-city-record.json (機密性2, personal data, tolerated outage and data loss 24 h)
     * with no plan yet: the city's plan names a chosen service's evidence, which a vendor's answers do not have.
     */
    static AssessmentRequestDocument request() throws IOException {
        AssessmentRequestDocument example = DOCUMENTS.readRequest(
                Files.readAllBytes(Path.of("../docs/examples/full-city-record.json")));
        return new AssessmentRequestDocument(example.kumo(), example.assessmentDate(), null, example.system(),
                example.service(), null);
    }

    static byte[] blank(SheetFormat format) throws IOException {
        return SHEETS.blank(request().system(), Language.JA, format);
    }

    static AssessmentResultDocument assess(byte[] sheet) throws IOException {
        VendorAnswers answers = SHEETS.read(sheet, "sheet.xlsx");
        return ASSESS.assess(SHEETS.withAnswers(request(), answers), TODAY);
    }

    static Map<String, String> serviceStatuses(AssessmentResultDocument result) {
        return result.findings().stream().filter(f -> f.kind().equals("SERVICE"))
                .collect(Collectors.toMap(FindingEntry::id, FindingEntry::status));
    }

    static Set<String> notMet(AssessmentResultDocument result) {
        return serviceStatuses(result).entrySet().stream().filter(e -> e.getValue().equals("NOT_MET"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everySERVICERequirementHasARowAndEveryRowServesSERVICERequirements() {
        Set<String> service = CATALOGUE.requirements().stream().filter(r -> r.kind() == Kind.SERVICE)
                .map(Requirement::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> asked = new TreeSet<>();
        for (Question q : AnswerSheetLayout.questions()) {
            for (String id : q.requirementIds()) {
                assertThat(CATALOGUE.requirement(id)).as(id).isNotNull();
                if (!id.equals("KEY-01")) {
                    assertThat(CATALOGUE.requirement(id).kind()).as(q.item() + " " + id).isEqualTo(Kind.SERVICE);
                    asked.add(id);
                }
            }
        }
        assertThat(asked).isEqualTo(service);
    }

    @Test
    void aSheetWithEveryRowMetHasNoSERVICERequirementNotMet() throws IOException {
        byte[] filled = FilledSheet.fill(blank(SheetFormat.XLSX), FilledSheet.met(), FilledSheet.metTables());
        AssessmentResultDocument result = assess(filled);
        Map<String, String> statuses = serviceStatuses(result);
        assertThat(notMet(result)).isEmpty();
        // and not by being unknown: every SERVICE requirement is met (ASR-06 too: the SOC 2 report has Security)
        assertThat(statuses).allSatisfy((id, status) -> assertThat(status).as(id).isEqualTo("MET"));
        assertThat(statuses).hasSize((int) CATALOGUE.requirements().stream().filter(r -> r.kind() == Kind.SERVICE).count());
        // no plan yet: what is still unknown is the city's (whether the contractor changes, PROC-04), none of the vendor's
        assertThat(result.findings()).filteredOn(f -> f.status().equals("UNKNOWN")).extracting(FindingEntry::id)
                .containsExactly("PROC-04");
    }

    @Test
    void oneRowAnsweredNoGivesExactlyItsRequirementNotMet() throws IOException {
        byte[] blank = blank(SheetFormat.XLSX);
        for (Question q : AnswerSheetLayout.questions()) {
            if (q.type() != AnswerType.YES_NO) {
                continue;
            }
            Map<String, String> answers = new HashMap<>(FilledSheet.met());
            answers.put(q.item(), answers.get(q.item()).equals("はい") ? "いいえ" : "はい");
            Set<String> notMet = notMet(assess(FilledSheet.fill(blank, answers, FilledSheet.metTables())));
            if (SECTION5_FORM_ONLY.contains(q.item()) || q.item().equals("security.customerManagedKeysOffered")) {
                // KEY-01 is the city's step: "no" makes it not applicable, never a failing service
                assertThat(notMet).as(q.item()).isEmpty();
            } else {
                assertThat(notMet).as(q.item()).isNotEmpty();
                assertThat(q.requirementIds()).as(q.item()).containsAll(notMet);
            }
        }
        Map<String, String> answers = new HashMap<>(FilledSheet.met());
        answers.put("governingLawJapan", "いいえ");
        assertThat(notMet(assess(FilledSheet.fill(blank, answers, FilledSheet.metTables())))).containsExactly("LAW-02");
    }

    @Test
    void aBlankSheetIsUnknownNamingTheEvidenceNeededNeverNotMet() throws IOException {
        AssessmentResultDocument result = assess(blank(SheetFormat.XLSX));
        assertThat(notMet(result)).isEmpty();
        assertThat(result.verdict().code()).isEqualTo("INCOMPLETE");
        assertThat(serviceStatuses(result).get("LAW-03")).isEqualTo("UNKNOWN");
        String evidence = CATALOGUE.texts().get(Language.JA, "LAW-03.evidence");
        assertThat(result.nextActions()).anySatisfy(a -> {
            assertThat(a.target()).isEqualTo("LAW-03");
            assertThat(a.text().ja()).contains(evidence);
        });
    }

    @Test
    void theReportNamesTheSheetAsTheEvidenceSource() throws IOException {
        byte[] blank = blank(SheetFormat.XLSX);
        int row = FilledSheet.rowOf(blank, "governingLawJapan");
        byte[] filled = FilledSheet.fill(blank, FilledSheet.met(), FilledSheet.metTables());
        filled = FilledSheet.edit(filled, book -> book.getSheet("回答 Answers").getRow(row - 1).getCell(8)
                .setCellValue("利用規約 第20条"));
        FindingEntry law02 = assess(filled).findings().stream().filter(f -> f.id().equals("LAW-02")).findFirst().orElseThrow();
        assertThat(law02.facts().get(0).evidence()).contains("sheet.xlsx").contains("回答 Answers!H" + row)
                .contains("利用規約 第20条");
    }

    @Test
    void badCellsAreNamedBySheetRowAndCellInBothLanguages() throws IOException {
        byte[] blank = blank(SheetFormat.XLSX);
        Map<String, String> answers = new HashMap<>(FilledSheet.met());
        answers.put("governingLawJapan", "たぶん");
        answers.put("security.logRetentionDays", "一年");
        byte[] filled = FilledSheet.fill(blank, answers, FilledSheet.metTables());
        int law = FilledSheet.rowOf(blank, "governingLawJapan");
        int days = FilledSheet.rowOf(blank, "security.logRetentionDays");
        InvalidDocumentException e = (InvalidDocumentException) org.assertj.core.api.Assertions.catchThrowable(
                () -> SHEETS.read(filled, "sheet.xlsx"));
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("回答 Answers!H" + law, "回答 Answers!H" + days);
        Violation v = e.violations().stream().filter(x -> x.path().endsWith("H" + law)).findFirst().orElseThrow();
        assertThat(v.message().ja()).contains("LAW-02").contains(law + "行目").contains("H" + law).contains("たぶん");
        assertThat(v.message().en()).contains("LAW-02").contains("row " + law).contains("H" + law).contains("たぶん");
    }

    @Test
    void aFormulaIsRefusedNeverEvaluatedAndHostileTextStaysText() throws IOException {
        byte[] blank = blank(SheetFormat.XLSX);
        int row = FilledSheet.rowOf(blank, "governingLawJapan");
        byte[] formula = FilledSheet.edit(FilledSheet.fill(blank, FilledSheet.met(), FilledSheet.metTables()),
                book -> book.getSheet("回答 Answers").getRow(row - 1).getCell(7).setCellFormula("IF(TRUE,\"はい\",\"いいえ\")"));
        assertThatThrownBy(() -> SHEETS.read(formula, "sheet.xlsx")).isInstanceOfSatisfying(InvalidDocumentException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("回答 Answers!H" + row);
                    assertThat(v.code()).isEqualTo("formula");
                }));
        int method = FilledSheet.rowOf(blank, "continuity.advanceNotice.method");
        byte[] hostile = FilledSheet.edit(FilledSheet.fill(blank, FilledSheet.met(), FilledSheet.metTables()),
                book -> book.getSheet("回答 Answers").getRow(method - 1).getCell(7).setCellValue("=HYPERLINK(\"http://x\")<script>"));
        VendorAnswers read = SHEETS.read(hostile, "sheet.xlsx");
        assertThat(read.service().continuity().advanceNotice().method()).isEqualTo("=HYPERLINK(\"http://x\")<script>");
    }

    @Test
    void theMarkStandsExactlyWhereSection5PutsItOnAll1Point2AndTheMarkedAnnexItems() throws IOException {
        for (Language language : Language.values()) {
            String mark = CatalogueV1.procurementForm().texts().get(language, "recommended");
            com.fasterxml.jackson.databind.JsonNode doc = DOCUMENTS.objectMapper().readTree(
                    SHEETS.blank(request().system(), language, SheetFormat.JSON));
            Set<String> marked = new TreeSet<>();
            for (com.fasterxml.jackson.databind.JsonNode entry : doc.get("answers")) {
                assertThat(entry.get("category").asText()).doesNotContain(mark);
                for (com.fasterxml.jackson.databind.JsonNode id : entry.get("requirements")) {
                    if (id.asText().endsWith(mark)) {
                        marked.add(id.asText().substring(0, id.asText().length() - mark.length()));
                    } else {
                        assertThat(id.asText()).as(language + " " + entry.get("item")).doesNotContain(mark);
                    }
                }
            }
            // §5 marks 1.2 as a whole (SUP-01 … SUP-04) and the 別紙 items of EXIT-08 and ASR-03
            assertThat(marked).as(language.name()).containsExactly("ASR-03", "EXIT-08", "SUP-01", "SUP-02", "SUP-03", "SUP-04");
        }
    }

    @Test
    void formulaCellsAreCollectedWithTheOtherBadEntriesSoOneRunReportsAll() throws IOException {
        byte[] blank = blank(SheetFormat.XLSX);
        int law = FilledSheet.rowOf(blank, "governingLawJapan");
        int days = FilledSheet.rowOf(blank, "security.logRetentionDays");
        int method = FilledSheet.rowOf(blank, "continuity.advanceNotice.method");
        Map<String, String> answers = new HashMap<>(FilledSheet.met());
        answers.put("security.logRetentionDays", "一年");
        byte[] filled = FilledSheet.edit(FilledSheet.fill(blank, answers, FilledSheet.metTables()), book -> {
            book.getSheet("回答 Answers").getRow(law - 1).getCell(7).setCellFormula("IF(TRUE,\"はい\",\"いいえ\")");
            book.getSheet("回答 Answers").getRow(method - 1).getCell(8).setCellFormula("\"資料\"");
        });
        assertThatThrownBy(() -> SHEETS.read(filled, "sheet.xlsx")).isInstanceOfSatisfying(InvalidDocumentException.class,
                e -> {
                    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                            "回答 Answers!H" + law, "回答 Answers!I" + method, "回答 Answers!H" + days);
                    Violation formula = e.violations().stream().filter(v -> v.path().endsWith("!H" + law)).findFirst()
                            .orElseThrow();
                    assertThat(formula.code()).isEqualTo("formula");
                    assertThat(formula.message().ja()).contains("LAW-02").contains(law + "行目").contains("H" + law);
                    assertThat(formula.message().en()).contains("row " + law).contains("H" + law);
                });
    }

    @Test
    void notAWorkbookAndNotAnAnswerSheetAreSaidSo() throws IOException {
        byte[] zipButNotXlsx = {'P', 'K', 3, 4, 0, 0};
        assertThatThrownBy(() -> SHEETS.read(zipButNotXlsx, "x.xlsx")).isInstanceOfSatisfying(InvalidDocumentException.class,
                e -> assertThat(e.violations().get(0).code()).isEqualTo("notAWorkbook"));
        byte[] other = FilledSheet.edit(blank(SheetFormat.XLSX),
                book -> book.getSheet("表紙 Cover").getRow(0).getCell(1).setCellValue("something-else/1"));
        assertThatThrownBy(() -> SHEETS.read(other, "x.xlsx")).isInstanceOfSatisfying(InvalidDocumentException.class,
                e -> assertThat(e.violations().get(0).code()).isEqualTo("documentType"));
    }

    @Test
    void theJsonFormReadsLikeTheWorkbook() throws IOException {
        String blank = new String(blank(SheetFormat.JSON), StandardCharsets.UTF_8);
        assertThat(blank).contains("\"kumo\" : \"vendor-answers/1\"".replace(" : ", ": ")).contains("\"answer\": null");
        com.fasterxml.jackson.databind.ObjectMapper mapper = DOCUMENTS.objectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(blank);
        Map<String, String> met = FilledSheet.met();
        for (com.fasterxml.jackson.databind.JsonNode entry : doc.get("answers")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) entry).put("answer", met.get(entry.get("item").asText()));
        }
        com.fasterxml.jackson.databind.node.ArrayNode certs = doc.putArray("certifications");
        for (List<String> row : FilledSheet.metTables().get("certifications")) {
            certs.addObject().put("id", row.get(0)).put("type", row.get(1)).put("validFrom", row.get(4)).put("validUntil", row.get(5));
        }
        com.fasterxml.jackson.databind.node.ArrayNode audits = doc.putArray("auditReports");
        audits.addObject().put("id", "A-1").put("type", "SOC2_TYPE2").put("opinion", "UNQUALIFIED")
                .put("periodFrom", "2025-10-01").put("periodTo", "2026-09-30").put("exceptionsNoted", false)
                .putArray("principles").add("SECURITY");
        VendorAnswers answers = SHEETS.read(mapper.writeValueAsBytes(doc), "sheet.json");
        AssessmentResultDocument result = ASSESS.assess(SHEETS.withAnswers(request(), answers), TODAY);
        assertThat(serviceStatuses(result)).allSatisfy((id, status) -> assertThat(status).as(id).isEqualTo("MET"));

        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("answers").get(5)).put("answer", "maybe");
        String item = doc.get("answers").get(5).get("item").asText();
        assertThatThrownBy(() -> SHEETS.read(mapper.writeValueAsBytes(doc), "sheet.json"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.path()).isEqualTo("$.answers[5].answer");
                            assertThat(v.message().en()).contains(item).contains("maybe");
                        }));
    }

    @Test
    void aValueTheRequestFormatRefusesIsNamedByItsCell() throws IOException {
        byte[] blank = blank(SheetFormat.XLSX);
        Map<String, List<List<String>>> tables = new HashMap<>(FilledSheet.metTables());
        tables.put("certifications", List.of(List.of("C-1", "ISO_27001", "", "", "2029-04-01", "2024-03-31")));
        byte[] filled = FilledSheet.fill(blank, FilledSheet.met(), tables);
        VendorAnswers answers = SHEETS.read(filled, "sheet.xlsx");
        assertThatThrownBy(() -> SHEETS.withAnswers(request(), answers)).isInstanceOfSatisfying(
                InvalidDocumentException.class, e -> assertThat(e.violations()).allSatisfy(
                        v -> assertThat(v.path()).startsWith("認証 Certifications!")));
    }

    /** The part the answers replace may be left out of the request they are read into; nothing else may. */
    @Test
    void aRequestToAnswerMayLeaveOutItsServiceButNothingElse() {
        String withoutService = "{\"kumo\": \"assessment-request/2\", \"system\": {\"name\": \"窓口予約\", "
                + "\"classification\": {\"scheme\": \"THREE_LEVEL_2020\", \"confidentiality\": \"C2\", "
                + "\"integrity\": \"I1\", \"availability\": \"A1\", \"myNumber\": false}}}";
        byte[] bytes = withoutService.getBytes(StandardCharsets.UTF_8);

        assertThat(SHEETS.requestToAnswer(bytes).system().name()).isEqualTo("窓口予約");
        assertThatThrownBy(() -> DOCUMENTS.readRequest(bytes)).isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).violations()).extracting(Violation::path)
                        .contains("$.service"));
        byte[] withoutSystem = "{\"kumo\": \"assessment-request/2\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SHEETS.requestToAnswer(withoutSystem)).isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).violations()).extracting(Violation::path)
                        .contains("$.system").doesNotContain("$.service"));
    }
}
