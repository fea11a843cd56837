package kumo.application.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.spec.ProcurementSpecification.Item;
import kumo.application.spec.service.ProcurementSpecificationService;
import kumo.domain.catalogue.Language;
import kumo.domain.procurement.ProcurementForm;
import kumo.domain.procurement.SpecificationItem;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * The specification holds the policy's §5 — every row of the support table, every 別紙 区分 and item, with
 * 【推奨事項】 exactly where the policy puts it — as Markdown, HTML and a Word document read back; only the
 * requirements that apply to the system; in Japanese and English; user text escaped.
 */
class ProcurementSpecificationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final ProcurementForm FORM = CatalogueV1.procurementForm();
    static final ProcurementSpecificationUseCase SPEC = new ProcurementSpecificationService(CatalogueV1.catalogue(),
            FORM, Documents.create());
    static final PolicySection5 POLICY = PolicySection5.read();

    /** A request whose system is {@code name}, with a service part of only a deployment (or none). */
    static byte[] request(String name, String deployment) {
        String service = deployment == null ? "" : ", \"service\": {\"deployment\": \"" + deployment + "\"}";
        return ("{\"kumo\": \"assessment-request/1\", \"system\": {\"name\": " + json(name) + ", \"department\": \"総務局\","
                + " \"toleratedOutageHours\": 8, \"classification\": {\"scheme\": \"THREE_LEVEL_2020\", \"confidentiality\": \"C2\","
                + " \"integrity\": \"I2\", \"availability\": \"A2\", \"myNumber\": false}}" + service + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static ProcurementSpecification spec(Language language, String deployment) {
        return SPEC.specify(request("監視カメラ映像保存システム", deployment), language, TODAY);
    }

    @Test
    void theParsedPolicyIsWhatTheTestsExpectOfIt() {
        // the parser itself can fail: the policy's §5 has three support rows, seven 区分, sixteen 「・」 items
        // (the second cell's two sentences counted as two), four 「-」 sub-items under two of them and three marks
        assertThat(POLICY.supportRows).hasSize(3);
        assertThat(POLICY.supportRows.get(2).contents()).hasSize(4);
        assertThat(POLICY.categories).hasSize(7);
        assertThat(POLICY.items).hasSize(20);
        assertThat(POLICY.items.stream().filter(PolicySection5.AnnexItem::recommended)).hasSize(2);
        assertThat(POLICY.supportMarked).isTrue();
        assertThat(POLICY.marks()).isEqualTo(3);
    }

    @Test
    void theMarkdownHoldsEveryRowAndItemOfTheAnnexWithTheMarkExactlyWhereThePolicyPutsIt() {
        for (String deployment : new String[] {null, "PUBLIC_CLOUD", "PRIVATE", "LGWAN_ASP"}) {
            String md = SpecificationMarkdown.render(spec(Language.JA, deployment));
            assertHoldsThePolicy(md);
        }
    }

    @Test
    void theHtmlHoldsThemToo() {
        assertHoldsThePolicy(SpecificationHtml.render(spec(Language.JA, "PUBLIC_CLOUD")).replace("<li>", "-")
                .replace("<strong class=\"recommended\">", "").replace("</strong>", ""));
    }

    @Test
    void theWordDocumentReadBackHoldsThemWithRealHeadingsAndHeaderRows() throws IOException {
        byte[] docx = SpecificationDocx.render(spec(Language.JA, "PUBLIC_CLOUD"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertHoldsThePolicy(text(doc));
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle()) || "Heading2".equals(p.getStyle())) {
                    headings.add(p.getStyle() + ":" + p.getText());
                }
            }
            assertThat(headings).containsSubsequence("Heading1:1. 利用条件", "Heading2:1.1 クラウドサービス提供条件",
                    "Heading2:1.2 サポートに関する条件【推奨事項】", "Heading1:別紙 クラウドサービス要件", "Heading1:根拠条項");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()).isZero();
            assertThat(doc.getTables()).hasSize(4); // about, support, annex, clauses
            for (XWPFTable table : doc.getTables().subList(1, 4)) {
                XWPFTableRow head = table.getRow(0);
                assertThat(head.isRepeatHeader()).isTrue();
                assertThat(head.getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            }
            assertThat(doc.getTables().get(2).getRow(0).getCell(0).getText()).isEqualTo("区分");
        }
    }

    /** Every paragraph of the document, tables' cells included, one per line, in order. */
    static String text(XWPFDocument doc) {
        StringBuilder s = new StringBuilder();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                s.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(p -> s.append(p.getText()).append('\n'));
                    }
                }
            }
        }
        return s.toString();
    }

    private static void assertHoldsThePolicy(String out) {
        for (PolicySection5.SupportRow row : POLICY.supportRows) {
            assertThat(out).contains(row.requirement());
            row.contents().forEach(c -> assertThat(out).contains(c));
        }
        POLICY.supportSentences.forEach(sentence -> assertThat(out).contains(sentence));
        assertMarked(out, POLICY.supportHeading, POLICY.supportMarked);
        POLICY.categories.forEach(c -> assertThat(out).contains(c));
        for (PolicySection5.AnnexItem item : POLICY.items) {
            assertMarked(out, item.text(), item.recommended());
        }
        assertThat(PolicySection5.count(out, PolicySection5.MARK)).as("the marks: the policy's, and no other")
                .isEqualTo(POLICY.marks());
    }

    /** The text occurs, and every occurrence is followed by the mark exactly when the policy marks it. */
    private static void assertMarked(String out, String text, boolean marked) {
        int at = out.indexOf(text);
        assertThat(at).as("in the specification: %s", text).isNotNegative();
        for (; at >= 0; at = out.indexOf(text, at + 1)) {
            assertThat(out.startsWith(PolicySection5.MARK, at + text.length()))
                    .as("【推奨事項】 after %s", text).isEqualTo(marked);
        }
    }

    @Test
    void inEnglishEveryItemIsThereAndTheMarkOnlyWhereThePolicyPutsIt() {
        ProcurementSpecification en = spec(Language.EN, null);
        String md = SpecificationMarkdown.render(en);
        String mark = FORM.texts().get(Language.EN, "recommended");
        for (SpecificationItem item : FORM.items()) {
            String text = FORM.texts().get(Language.EN, "item." + item.key());
            assertThat(md).contains(text);
            assertThat(md.contains(text + mark)).as(item.key()).isEqualTo(item.recommended());
        }
        assertThat(md).contains("### 1.2 Conditions on support" + mark);
        assertThat(PolicySection5.count(md, mark)).isEqualTo(3);
        assertThat(md).doesNotContain("【推奨事項】");
        assertThat(SpecificationHtml.render(en)).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    }

    @Test
    void aRequirementThatDoesNotApplyToTheSystemHasNoRow() {
        // ENT-01/02 apply on a public cloud and while the deployment is undecided; not on the city's own platform
        assertThat(requirementIds(spec(Language.JA, "PUBLIC_CLOUD"))).contains("ENT-01", "ENT-02");
        assertThat(requirementIds(spec(Language.JA, null))).contains("ENT-01", "ENT-02");
        for (String other : new String[] {"PRIVATE", "LGWAN_ASP"}) {
            ProcurementSpecification s = spec(Language.JA, other);
            assertThat(requirementIds(s)).doesNotContain("ENT-01", "ENT-02").contains("ASR-01", "NET-01", "SEC-07");
            assertThat(s.annex().categories()).extracting(ProcurementSpecification.Category::key).doesNotContain("information");
            String md = SpecificationMarkdown.render(s);
            assertThat(md).doesNotContain(FORM.texts().get(Language.JA, "item.ent01-secret"))
                    .doesNotContain(FORM.texts().get(Language.JA, "category.information"));
        }
    }

    @Test
    void everyServiceRequirementThatAppliesHasItsRowAndTheClausesAreCited() {
        ProcurementSpecification s = spec(Language.JA, "PUBLIC_CLOUD");
        assertThat(requirementIds(s)).containsAll(CatalogueV1.catalogue().requirements().stream()
                .filter(r -> r.kind() == kumo.domain.catalogue.Kind.SERVICE).map(r -> r.id()).toList());
        Item asr01 = s.annex().categories().stream().flatMap(c -> c.items().stream())
                .filter(i -> i.requirementIds().contains("ASR-01")).findFirst().orElseThrow();
        assertThat(asr01.basis()).isEqualTo("kumo による追加：ASR-01（§4(2)認証、§2オ認証例）");
        assertThat(s.clauses()).extracting(ProcurementSpecification.Field::label).contains("§4(2)認証", "別紙ISO27017");
        // the recovery item carries the system's tolerated outage
        assertThat(SpecificationMarkdown.render(s)).contains("本システムの許容停止時間（8 時間）以内であること。");
    }

    @Test
    void theSentenceOnEveryAccountCitesItsClausesInEveryFormatAndLanguage() throws IOException {
        for (Language language : Language.values()) {
            ProcurementSpecification s = spec(language, "PUBLIC_CLOUD");
            String basis = FORM.texts().get(language, "document.fromPolicy")
                    + FORM.texts().get(language, "document.basisSeparator") + "SUP-04";
            // every requirement of 1.2, the sentence outside the table included, has its basis and its clauses listed
            assertThat(s.clauses()).extracting(ProcurementSpecification.Field::label).contains("§5全アカウント");
            assertThat(SpecificationMarkdown.render(s)).contains(basis);
            assertThat(SpecificationHtml.render(s)).contains(basis);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(SpecificationDocx.render(s)))) {
                assertThat(text(doc)).contains(basis);
            }
        }
    }

    @Test
    void aUseThePolicyForbidsIsSaidFirstInEveryFormatAndLanguage() throws IOException {
        String c3 = "{\"kumo\": \"assessment-request/1\", \"system\": {\"name\": \"住民情報システム\", \"department\": \"総務局\","
                + " \"classification\": {\"scheme\": \"THREE_LEVEL_2020\", \"confidentiality\": \"C3\", \"integrity\": \"I2\","
                + " \"availability\": \"A2\", \"myNumber\": true}}, \"service\": {\"deployment\": \"%s\"}}";
        for (Language language : Language.values()) {
            ProcurementSpecification s = SPEC.specify(String.format(c3, "PUBLIC_CLOUD").getBytes(StandardCharsets.UTF_8),
                    language, TODAY);
            assertThat(s.prohibited()).contains("ENT-01").contains("ENT-02").contains("§4(3)機密性3")
                    .contains("§4(3)マイナンバー");
            String md = SpecificationMarkdown.render(s);
            assertThat(md.indexOf(s.prohibited())).isPositive().isLessThan(md.indexOf(s.about().get(0).label()));
            String html = SpecificationHtml.render(s);
            assertThat(html.indexOf("role=\"alert\"")).isPositive().isLessThan(html.indexOf("<dl class=\"about\">"));
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(SpecificationDocx.render(s)))) {
                assertThat(doc.getParagraphs().get(1).getText()).isEqualTo(s.prohibited());
            }
            // a deployment that is not a public cloud, and a C2 system, are not warned about
            assertThat(SPEC.specify(String.format(c3, "LGWAN_ASP").getBytes(StandardCharsets.UTF_8), language, TODAY)
                    .prohibited()).isEmpty();
            assertThat(spec(language, "PUBLIC_CLOUD").prohibited()).isEmpty();
        }
        assertThat(SPEC.specify(String.format(c3, "PUBLIC_CLOUD").getBytes(StandardCharsets.UTF_8), Language.JA, TODAY)
                .prohibited()).startsWith("【注意】基本方針は").contains("禁止");
    }

    private static List<String> requirementIds(ProcurementSpecification s) {
        List<String> ids = new ArrayList<>();
        s.support().rows().forEach(r -> ids.addAll(r.requirementIds()));
        s.annex().categories().forEach(c -> c.items().forEach(i -> {
            ids.addAll(i.requirementIds());
            i.subItems().forEach(sub -> ids.addAll(sub.requirementIds()));
        }));
        if (s.support().text().contains(FORM.texts().get(s.language(), "support.everyAccount.requirement"))) {
            ids.add("SUP-04");
        }
        return ids;
    }

    @Test
    void theSystemsNameIsEscapedWhereverItIsShown() throws IOException {
        String name = "<script>alert('x')</script> & \"q\" | *b*";
        ProcurementSpecification s = SPEC.specify(request(name, "PUBLIC_CLOUD"), Language.JA, TODAY);
        String html = SpecificationHtml.render(s);
        assertThat(html).doesNotContain("<script>").doesNotContain("alert('x')")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; | *b*");
        String md = SpecificationMarkdown.render(s);
        assertThat(md).doesNotContain("<script>").contains("\\<script\\>alert('x')\\</script\\> \\& \"q\" \\| \\*b\\*");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(SpecificationDocx.render(s)))) {
            assertThat(text(doc)).contains(name); // Word holds text, not markup: the name as it is
        }
    }

    @Test
    void badInputNamesTheFieldAndAnAbsentServiceIsAllowed() {
        assertThatThrownBy(() -> SPEC.specify("{\"kumo\": \"assessment-request/1\"}".getBytes(StandardCharsets.UTF_8),
                Language.JA, TODAY)).isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("$.system"));
        assertThatThrownBy(() -> SPEC.specify(request("x", "CLOUD9"), Language.JA, TODAY))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("$.service.deployment"));
        assertThatThrownBy(() -> SPEC.specify("{".getBytes(StandardCharsets.UTF_8), Language.JA, TODAY))
                .isInstanceOf(InvalidDocumentException.class);
        assertThat(spec(Language.JA, null).about()).extracting(ProcurementSpecification.Field::value)
                .contains("未定（パブリッククラウドである場合の要件を含める）", "2026-12-07");
    }
}
