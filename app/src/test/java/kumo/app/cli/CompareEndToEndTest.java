package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code kumo compare} end to end with the real wiring: services and the system from files (the store is not even
 * created), from a real SQLite store by key, and both mixed; the verdict per service is what {@code kumo assess}
 * gives for the same system and service with no plan; the requirements listed are exactly those that differ.
 */
class CompareEndToEndTest {

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("kumo.db").toString();
    }

    /** The example's request without its plan, as a comparison assesses it, written to a file. */
    private Path withoutPlan(String example, String system) throws IOException {
        ObjectNode request = Kumo.read(Kumo.example(example));
        request.remove("plan");
        request.remove("assessmentDate");
        request.set("system", Kumo.read(Kumo.example(system)).get("system"));
        return Kumo.write(dir.resolve("no-plan-" + example), request);
    }

    private String assessedVerdict(Path request) throws IOException {
        Kumo.Run r = Kumo.run("assess", request.toString(), "--format", "json", "--date", "2026-11-28");
        assertThat(r.err()).isEmpty();
        return Kumo.JSON.readTree(r.out()).get("verdict").asText();
    }

    @Test
    void filesOnlyAreComparedWithoutCreatingTheStoreAndTheVerdictsAreThoseOfAssess() throws IOException {
        Path system = Kumo.example("eligible-ismap-iaas.json");
        Path abroad = Kumo.example("not-eligible-data-abroad.json");
        Kumo.Run r = Kumo.run("compare", system.toString(), "--service", system.toString(), "--service",
                abroad.toString(), "--format", "json", "--store", store());
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(Files.exists(dir.resolve("kumo.db"))).as("the store is not created").isFalse();
        JsonNode doc = Kumo.JSON.readTree(r.out());
        assertThat(doc.get("kumo").asText()).isEqualTo("service-comparison/1");
        assertThat(doc.get("system").has("id")).isFalse();
        assertThat(doc.at("/services/0/stored").asBoolean()).isFalse();
        assertThat(doc.at("/services/0/verdict").asText())
                .isEqualTo(assessedVerdict(withoutPlan("eligible-ismap-iaas.json", "eligible-ismap-iaas.json")));
        assertThat(doc.at("/services/1/verdict").asText())
                .isEqualTo(assessedVerdict(withoutPlan("not-eligible-data-abroad.json", "eligible-ismap-iaas.json")));
        assertThat(doc.get("differences")).isNotEmpty();
        for (JsonNode d : doc.get("differences")) {
            assertThat(d.at("/statuses/0").asText()).as(d.get("id").asText()).isNotEqualTo(d.at("/statuses/1").asText());
        }
        assertThat(doc.get("differences").size()).isLessThan(doc.get("requirements").asInt());
    }

    /** Names kumo accepts in a document (line breaks, tabs, bidi overrides) are shown escaped, not acted on. */
    @Test
    void namesFromTheFilesAreShownEscapedInTheTable() throws IOException {
        String rlo = String.valueOf((char) 0x202E);
        String lineSeparator = String.valueOf((char) 0x2028);
        ObjectNode request = Kumo.read(Kumo.example("eligible-ismap-iaas.json"));
        ((ObjectNode) request.get("system")).put("name", "sys" + rlo + "red");
        ((ObjectNode) request.get("system")).put("department", "dept\tx");
        ((ObjectNode) request.get("service")).put("name", "svc\r\nnext");
        ((ObjectNode) request.get("service")).put("provider", "prov" + lineSeparator + "x");
        Path file = Kumo.write(dir.resolve("control.json"), request);
        Kumo.Run r = Kumo.run("compare", file.toString(), "--service", file.toString(), "--lang", "en");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).doesNotContain(rlo).doesNotContain(lineSeparator).doesNotContain("\t")
                .doesNotContain("\r").contains("sys\\u202Ered").contains("dept\\tx").contains("svc\\r\\nnext")
                .contains("prov\\u2028x");
    }

    @Test
    void storedSystemAndServicesByKeyMixedWithAFileAsATableAndAsCsv() throws IOException {
        Path eligible = Kumo.example("eligible-ismap-iaas.json");
        Path abroad = Kumo.example("not-eligible-data-abroad.json");
        Path systemFile = Kumo.write(dir.resolve("system.json"), Kumo.read(eligible).get("system"));
        Path serviceFile = Kumo.write(dir.resolve("service.json"), Kumo.read(eligible).get("service"));
        assertThat(Kumo.run("system", "save", systemFile.toString(), "--id", "sys", "--store", store()).exitCode()).isZero();
        assertThat(Kumo.run("service", "save", serviceFile.toString(), "--id", "iaas", "--store", store()).exitCode())
                .isZero();

        Kumo.Run text = Kumo.run("compare", "sys", "--service", "iaas", "--service", abroad.toString(), "--lang", "en",
                "--store", store());
        assertThat(text.exitCode()).as("%s", text).isZero();
        assertThat(text.out()).startsWith("The stored system \"sys\" (")
                .contains("against 2 cloud service(s), assessed on 2026-11-28")
                .contains("[1] iaas").contains("(stored)").contains("[2] " + abroad).contains("(file)")
                .containsPattern("Requirements whose status differs: [1-9][0-9]* of [0-9]+")
                .containsPattern("\\n  Requirement +\\[1\\] +\\[2\\] +Title\\n")
                .containsPattern("\\n  Verdict +[A-Z_]+ +NOT_ELIGIBLE\\n");

        Kumo.Run csv = Kumo.run("compare", "sys", "--service", "iaas", "--service", abroad.toString(), "--format", "csv",
                "--store", store());
        assertThat(csv.exitCode()).as("%s", csv).isZero();
        assertThat(csv.outBytes()[0]).as("no byte order mark").isEqualTo((byte) 'r');
        List<String> lines = new ArrayList<>(List.of(csv.out().split("\r\n", -1)));
        assertThat(lines.remove(lines.size() - 1)).as("every line ends with CRLF").isEmpty();
        assertThat(lines.get(0)).isEqualTo("requirement,title,iaas," + abroad);
        assertThat(lines.get(1)).matches("verdict,,[A-Z_]+,NOT_ELIGIBLE");
        assertThat(lines.subList(2, lines.size())).isNotEmpty().allMatch(l -> l.matches("[A-Z]+-\\d+,.*,[A-Z_]+,[A-Z_]+"));
        JsonNode doc = Kumo.JSON.readTree(Kumo.run("compare", "sys", "--service", "iaas", "--service", abroad.toString(),
                "--format", "json", "--store", store()).out());
        assertThat(lines).hasSize(2 + doc.get("differences").size());
        assertThat(doc.at("/system/id").asText()).isEqualTo("sys");
        assertThat(doc.at("/services/0/stored").asBoolean()).isTrue();
    }

    @Test
    void anUnknownStoredKeyOrABadFileIsExit2NamingItAndNothingIsStored() throws IOException {
        Path eligible = Kumo.example("eligible-ismap-iaas.json");
        Kumo.Run unknown = Kumo.run("compare", eligible.toString(), "--service", "no-such-service", "--store", store(),
                "--lang", "en");
        assertThat(unknown.exitCode()).as("%s", unknown).isEqualTo(2);
        assertThat(unknown.err()).contains("no-such-service");
        assertThat(unknown.out()).isEmpty();

        ObjectNode bad = (ObjectNode) Kumo.read(eligible).get("service");
        bad.put("deployment", "SOMEWHERE");
        Path badFile = Kumo.write(dir.resolve("bad-service.json"), bad);
        Path fresh = dir.resolve("fresh.db");
        Kumo.Run badRun = Kumo.run("compare", eligible.toString(), "--service", badFile.toString(), "--store",
                fresh.toString());
        assertThat(badRun.exitCode()).as("%s", badRun).isEqualTo(2);
        assertThat(badRun.err()).contains(badFile.toString()).contains("$.deployment");
        assertThat(Files.exists(fresh)).isFalse();

        Kumo.Run missing = Kumo.run("compare", eligible.toString(), "--service", dir.resolve("gone.json").toString(),
                "--store", fresh.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("gone.json");
        assertThat(Files.exists(fresh)).isFalse();
    }
}
