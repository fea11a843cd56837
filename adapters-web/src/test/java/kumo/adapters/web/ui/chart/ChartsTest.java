package kumo.adapters.web.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.UiTexts;
import kumo.application.view.ResultView;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Status;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {

    private static final UiTexts JA = UiTexts.of(Language.JA);
    private static final UiTexts EN = UiTexts.of(Language.EN);

    /** The figure parsed as XML (it must be well-formed: the SVG and the table are XHTML-compatible). */
    private static Document parse(Html figure) throws Exception {
        String xml = figure.toString().replace("<br>", "<br/>");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element svg(Document d) {
        return (Element) d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").item(0);
    }

    @Test
    void findingsByGroupIsAnAccessibleSvgWhoseSegmentsAddUpToTheTableAndTheResult() throws Exception {
        ResultView view = Results.view("full-city-record.json");
        Document d = parse(Charts.findingsByGroup(view, JA));
        Element svg = svg(d);
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("chart-findings-title chart-findings-desc");
        assertThat(d.getElementById("chart-findings-title")).isNull(); // ids are not typed without a DTD: check by text
        assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo("要件グループ別・状態別の所見");
        String desc = svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertThat(desc).contains("所見 " + view.result().findings().size() + " 件");

        // every status rect's title ends with its count; the sum is every finding of the result
        int sum = 0;
        int expectedMet = view.counts().findings().get(Status.MET);
        int met = 0;
        NodeList rects = svg.getElementsByTagNameNS("*", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            assertThat(rect.hasAttribute("style")).as("no inline style (CSP)").isFalse();
            NodeList title = rect.getElementsByTagNameNS("*", "title");
            if (title.getLength() == 0) {
                continue; // legend swatch
            }
            String[] words = title.item(0).getTextContent().split(" ");
            int n = Integer.parseInt(words[words.length - 1]);
            sum += n;
            if (rect.getAttribute("class").equals("mark-MET")) {
                met += n;
            }
        }
        assertThat(sum).isEqualTo(view.result().findings().size());
        assertThat(met).isEqualTo(expectedMet);

        // the table has the same numbers: one row per group, its total the group's findings
        NodeList rows = d.getElementsByTagName("tbody").item(0).getChildNodes();
        int groups = 0;
        for (int i = 0; i < rows.getLength(); i++) {
            if (rows.item(i) instanceof Element tr) {
                ResultView.RequirementGroup g = view.groups().get(groups++);
                NodeList cells = tr.getElementsByTagName("td");
                assertThat(tr.getElementsByTagName("th").item(0).getTextContent()).isEqualTo(g.name().ja());
                assertThat(cells.item(cells.getLength() - 1).getTextContent()).isEqualTo(String.valueOf(g.findings().size()));
            }
        }
        assertThat(groups).isEqualTo(view.groups().size());
    }

    @Test
    void risksByStateCountsEveryRowOfTheRegisterInEnglishToo() throws Exception {
        ResultView view = Results.view("full-city-record.json");
        Document d = parse(Charts.risksByState(view, EN));
        assertThat(svg(d).getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo("Risk register by state");
        assertThat(svg(d).getElementsByTagNameNS("*", "desc").item(0).getTextContent())
                .startsWith("States of the " + view.result().risks().size() + " risks: ");
        String table = d.getElementsByTagName("table").item(0).getTextContent();
        view.counts().risks().forEach((state, n) -> {
            if (n > 0) {
                assertThat(table).contains(EN.get("chart.riskState." + state.name()));
            }
        });
    }

    @Test
    void userTextInLabelsIsEscapedAndTheSvgStaysWellFormed() throws Exception {
        String evil = "<script>alert('x')</script> & \"quotes\"";
        Html figure = Charts.departmentVerdicts(List.of(new Charts.DepartmentRow(evil, Map.of("ELIGIBLE", 2,
                "PROHIBITED", 1))), Map.of("ELIGIBLE", "利用可", "PROHIBITED", "利用禁止"), JA, "chart-departments");
        assertThat(figure.toString()).doesNotContain("<script>").contains("&lt;script&gt;");
        Document d = parse(figure);
        assertThat(d.getElementsByTagName("script").getLength()).isZero();
        assertThat(d.getElementsByTagName("th").item(4).getTextContent()).isEqualTo(evil);
        assertThat(svg(d).getElementsByTagNameNS("*", "desc").item(0).getTextContent()).contains("1 部署、3 システム");
    }

    @Test
    void everyCodeHasASymbolSoColourIsNeverTheOnlyCue() {
        for (Status s : Status.values()) {
            assertThat(Marks.symbol(s.name())).as(s.name()).isNotEqualTo("•");
        }
        for (kumo.domain.assessment.RiskState s : kumo.domain.assessment.RiskState.values()) {
            assertThat(Marks.symbol(s.name())).as(s.name()).isNotEqualTo("•");
        }
        for (kumo.domain.assessment.Verdict v : kumo.domain.assessment.Verdict.values()) {
            assertThat(Marks.symbol(v.name())).as(v.name()).isNotEqualTo("•");
        }
        assertThat(Marks.cssClass("\" onload=\"x")).isEqualTo("mark-OTHER");
    }
}
