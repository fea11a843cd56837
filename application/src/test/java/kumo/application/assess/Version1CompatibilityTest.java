package kumo.application.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import kumo.application.document.Documents;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.support.Project;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * Request format version 2 changed how data locations, ISMAP registrations, deviations and the
 * entrustment decision are held, not what a version-1 document means: every version-1 example gives
 * the verdict, exemption states, finding statuses (final and the rule's own), facts and risk states it
 * gave before version 2 existed (recorded in {@code v1-baseline.txt} from the code of that time).
 * LAW-01's facts are left out: version 2 names them per kind of data on purpose (its status is still
 * compared).
 */
class Version1CompatibilityTest {

    private static final Set<String> CHANGED_ON_PURPOSE = Set.of("LAW-01");
    private static final String BASELINE = "/kumo/application/assess/v1-baseline.txt";

    private final Documents documents = Documents.create();
    private final AssessService service = new AssessService(CatalogueV1.catalogue(), documents);

    @Test
    void everyVersion1ExampleComesOutAsBeforeVersion2() throws IOException {
        List<String> expected;
        try (InputStream in = Version1CompatibilityTest.class.getResourceAsStream(BASELINE)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(snapshot()).containsExactlyElementsOf(expected);
    }

    /** One line per verdict, exemption, finding (status, rule status, facts) and risk of every version-1 example. */
    static List<String> snapshot() throws IOException {
        List<String> lines = new ArrayList<>();
        Version1CompatibilityTest t = new Version1CompatibilityTest();
        List<Path> files;
        try (var list = Files.list(Project.examples())) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path p : files) {
            String json = Files.readString(p, StandardCharsets.UTF_8);
            if (!json.contains("\"assessment-request/1\"")) {
                continue;
            }
            AssessmentResultDocument r = t.service.assess(t.documents.readRequest(json), LocalDate.of(2030, 1, 1));
            String f = p.getFileName().toString();
            lines.add(f + " verdict " + r.verdict().code());
            r.exemptions().forEach(e -> lines.add(f + " " + e.id() + " " + e.state()));
            r.findings().forEach(x -> lines.add(f + " " + x.id() + " " + x.status() + " (rule " + x.ruleStatus() + ")"
                    + (CHANGED_ON_PURPOSE.contains(x.id()) ? ""
                            : " " + x.facts().stream().map(y -> y.name() + "=" + y.value()).collect(Collectors.joining(", ")))));
            r.risks().forEach(x -> lines.add(f + " " + x.id() + " " + x.state()));
        }
        return lines;
    }

    /** Writes the baseline; was run once, by hand ({@code -Dkumo.v1Baseline=FILE}), before version 2 changed anything. */
    @Test
    @EnabledIfSystemProperty(named = "kumo.v1Baseline", matches = ".+")
    void writeBaseline() throws IOException {
        Files.writeString(Path.of(System.getProperty("kumo.v1Baseline")), String.join("\n", snapshot()) + "\n",
                StandardCharsets.UTF_8);
    }
}
