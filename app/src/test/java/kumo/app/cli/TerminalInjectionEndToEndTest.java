package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile text cannot reach the terminal: a real SQLite store is filled, through the command line and behind its
 * back, with names, departments, providers, keys, actors, references and a deletion reason holding line breaks,
 * escape sequences, C1 controls, bidirectional overrides and line separators; then the text report and every
 * listing, show, history, diff and audit command is run. No raw control, bidi or separator character may appear
 * in standard output or standard error, and no hostile value may start a line of its own (a forged row).
 */
class TerminalInjectionEndToEndTest {

    /** Starts every forged row: after a line break it would look like a record of its own. */
    private static final String FORGED = "FORGED";

    /** What a request document may carry (the reader refuses other control characters, but not these). */
    private static final String IN_DOCUMENT = "\n" + FORGED + " 2026-11-28 ELIGIBLE\r" + FORGED + "\u202e\u2028" + FORGED
            + "\u2029";

    /** What an option or a stored row may carry: anything, escape sequences and C1 controls too. */
    private static final String ANYTHING = "\n" + FORGED + "\u001b[2J\u001b]0;owned\u0007\u009b31m\r" + FORGED
            + "\u202e\u2066\u2028" + FORGED + "\u0000\u007f";

    /** Keys and actor names refuse control characters, but not bidi overrides and separators. */
    private static final String SYSTEM_ID = "sys\u202e\u2028" + FORGED;
    private static final String SERVICE_ID = "svc\u2066\u2029" + FORGED;
    private static final String ACTOR = "山田\u202e\u2028" + FORGED;

    /** A raw character that could break, colour or reorder a line: C0 but LF, DEL, C1, separators, bidi controls. */
    private static final Pattern RAW = Pattern.compile(
            "[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    /** A hostile marker at the start of a line, after nothing but the layout's indentation. */
    private static final Pattern FORGED_ROW = Pattern.compile("(?m)^[ \\t]*" + FORGED);

    @TempDir
    Path dir;

    private final List<String> checked = new ArrayList<>();

    private String store() {
        return dir.resolve("kumo.db").toString();
    }

    @Test
    void noListingNoReportAndNoMessagePrintsHostileTextRaw() throws IOException, SQLException {
        ObjectNode request = Kumo.read(Kumo.example("full-city-record.json"));
        ObjectNode system = (ObjectNode) request.get("system");
        system.put("name", "子育て" + IN_DOCUMENT);
        system.put("department", "こども家庭局" + IN_DOCUMENT);
        ObjectNode service = (ObjectNode) request.get("service");
        service.put("name", "Regional IaaS" + IN_DOCUMENT);
        service.put("provider", "Example K.K." + IN_DOCUMENT);
        ((ObjectNode) request.at("/plan/riskDecisions/0")).put("decidedBy", "課長" + IN_DOCUMENT);
        ((ObjectNode) request.at("/plan/consultations/0")).put("recordedBy", "企画係" + IN_DOCUMENT);
        Path file = Kumo.write(dir.resolve("hostile.json"), request);
        Path systemFile = Kumo.write(dir.resolve("system.json"), system);
        Path serviceFile = Kumo.write(dir.resolve("service.json"), service);

        safe(Kumo.run("assess", file.toString()), 1);
        safe(Kumo.run("assess", "--lang", "en", file.toString()), 1);
        // a batch lists file names, which may hold anything but '/' and NUL
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(file, batch.resolve("a\u001b[2J\n" + FORGED + "\u202e.json"));
        Files.writeString(batch.resolve("b\r\n" + FORGED + "\u009b.json"), "{");
        safe(Kumo.run("assess", batch.toString()), 2);
        safe(Kumo.run("system", "save", systemFile.toString(), "--id", SYSTEM_ID, "--actor", ACTOR, "--store", store()), 1);
        safe(Kumo.run("service", "save", serviceFile.toString(), "--id", SERVICE_ID, "--actor", ACTOR, "--store", store()), 1);
        String first = recordedId(safe(Kumo.run("assess", file.toString(), "--record", "--system-id", SYSTEM_ID,
                "--service-id", SERVICE_ID, "--actor", ACTOR, "--store", store()), 1));
        ((ObjectNode) request.at("/plan/riskDecisions/0")).put("treatment", "TRANSFER");
        Kumo.write(file, request);
        String second = recordedId(safe(Kumo.run("assess", file.toString(), "--record", "--system-id", SYSTEM_ID,
                "--service-id", SERVICE_ID, "--actor", ACTOR, "--store", store()), 1));
        // a stored row holding what no command would take: an actor with escape sequences and line breaks
        Tamper.auditActor(Path.of(store()), 1, "root" + ANYTHING);

        for (String lang : List.of("ja", "en")) {
            safe(Kumo.run("system", "list", "--lang", lang, "--store", store()), 1);
            safe(Kumo.run("system", "show", SYSTEM_ID, "--lang", lang, "--store", store()), 1);
            safe(Kumo.run("system", "history", SYSTEM_ID, "--lang", lang, "--store", store()), 1);
            safe(Kumo.run("service", "list", "--lang", lang, "--store", store()), 1);
            safe(Kumo.run("service", "show", SERVICE_ID, "--lang", lang, "--store", store()), 1);
            safe(Kumo.run("assessment", "list", "--lang", lang, "--store", store()), 2);
            safe(Kumo.run("assessment", "show", second, "--lang", lang, "--store", store()), 1);
            safe(Kumo.run("assessment", "diff", first, second, "--lang", lang, "--store", store()), 1);
            safe(Kumo.run("assessment", "expiring", "--within", "36500", "--lang", lang, "--store", store()), 1);
            safe(Kumo.run("audit", "list", "--lang", lang, "--store", store()), 1);
            // an unknown key echoed in an error
            safe(Kumo.run("assessment", "show", ANYTHING, "--lang", lang, "--store", store()), 1);
        }
        safe(Kumo.run("system", "delete", SYSTEM_ID, "--reason", "依頼 第1号" + ANYTHING, "--actor", ACTOR,
                "--store", store()), 1);
        Kumo.Run audit = safe(Kumo.run("audit", "list", "--store", store()), 1);
        assertThat(audit.out()).contains("依頼 第1号\\n" + FORGED + "\\u001B[2J\\u001B]0;owned\\u0007\\u009B31m\\r" + FORGED
                + "\\u202E\\u2066\\u2028" + FORGED + "\\u0000\\u007F");

        assertThat(checked).hasSize(31);
    }

    /**
     * Checks one run: it went as expected, nothing raw is printed, no hostile value starts a line, and at least
     * {@code rows} lines show a hostile value (made visible) within a line of kumo's layout.
     */
    private Kumo.Run safe(Kumo.Run run, int rows) {
        String all = run.out() + run.err();
        checked.add(all);
        assertThat(run.exitCode()).as("%s", run).isIn(0, 2, 10, 20, 30, 40);
        Matcher raw = RAW.matcher(all);
        assertThat(raw.find()).as("a raw U+%04X at %d in%n%s", raw.find(0) ? (int) all.charAt(raw.start()) : 0,
                raw.find(0) ? raw.start() : -1, run).isFalse();
        assertThat(FORGED_ROW.matcher(all).find()).as("a forged row in%n%s", run).isFalse();
        long shown = all.lines().filter(l -> l.contains(FORGED)).count();
        assertThat(shown).as("lines showing a hostile value in%n%s", run).isGreaterThanOrEqualTo(rows);
        return run;
    }

    private static String recordedId(Kumo.Run run) {
        Matcher m = Pattern.compile("評価を記録しました: ID (\\S+)（").matcher(run.out());
        assertThat(m.find()).as("%s", run).isTrue();
        return m.group(1);
    }
}
