package kumo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.adapters.persistence.JooqStoreOpener;
import kumo.application.records.PageRequest;
import kumo.application.records.ProfileKind;
import kumo.application.records.port.in.StoreSession;
import kumo.application.records.port.out.Store;
import kumo.application.records.port.out.StoreOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root: configuration read once, the store opened only by commands that use it. */
class CompositionTest {

    /** 15:30 UTC on 27 November: already the 28th in Tokyo. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T15:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Composition composition, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = composition.cli().execute(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Composition composition(Map<String, String> environment, StoreOpener opener) {
        return new Composition(Configuration.read(environment::get, "os-user"), CLOCK, opener);
    }

    private Path undatedRequest() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode request = (ObjectNode) json.readTree(example("eligible-ismap-iaas.json").toFile());
        request.remove("assessmentDate");
        Path file = dir.resolve("undated.json");
        Files.writeString(file, json.writeValueAsString(request), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void helpSpeaksTheConfiguredLanguageUnlessTheCommandLineNamesOne() {
        StoreOpener none = location -> {
            throw new AssertionError("--help opened a store");
        };
        Composition english = composition(Map.of("KUMO_LANG", "en"), none);
        Composition japanese = composition(Map.of(), none);

        assertThat(run(english, "assess", "--help").out()).contains("Usage: kumo assess", "Exit codes:")
                .doesNotContain("使い方");
        assertThat(run(english, "assess", "--help", "--lang", "ja").out()).contains("使い方: kumo assess");
        assertThat(run(japanese, "assess", "--help").out()).contains("使い方: kumo assess", "終了コード:")
                .doesNotContain("Usage:");
    }

    @Test
    void commandsThatNeedNoStoreNeitherOpenNorCreateOne() throws IOException {
        List<String> opened = new ArrayList<>();
        StoreOpener opener = location -> {
            opened.add(location.toString());
            return new JooqStoreOpener().open(location);
        };
        Path db = dir.resolve("configured.db");
        Composition kumo = composition(Map.of("KUMO_STORE", db.toString()), opener);

        assertThat(run(kumo, "--help").exitCode()).isZero();
        assertThat(run(kumo, "--version").exitCode()).isZero();
        assertThat(run(kumo, "service", "save", "--help").exitCode()).isZero();
        assertThat(run(kumo, "completion", "bash").exitCode()).isZero();
        assertThat(run(kumo, "assess", "--quiet", example("eligible-ismap-iaas.json").toString()).exitCode()).isZero();
        assertThat(run(kumo, "service", "list", "--page", "0").exitCode()).isEqualTo(2);
        assertThat(opened).isEmpty();
        assertThat(db).doesNotExist();

        Run list = run(kumo, "service", "list");

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(opened).containsExactly(db.toString());
        assertThat(db).exists();
    }

    @Test
    void aSessionOpensItsStoreOnFirstUseAndClosesItWithItself() {
        List<Store> opened = new ArrayList<>();
        StoreOpener opener = location -> {
            Store store = new JooqStoreOpener().open(location);
            opened.add(store);
            return store;
        };
        Path db = dir.resolve("lazy.db");
        Composition kumo = composition(Map.of(), opener);

        try (StoreSession session = kumo.session(db.toString())) {
            assertThat(session.location()).hasToString(db.toString());
            assertThat(opened).as("nothing opened before a use case is called").isEmpty();
            assertThat(db).doesNotExist();

            assertThat(session.listProfiles().list(ProfileKind.SERVICE, PageRequest.first()).total()).isZero();
            session.verifyAuditTrail().verify();

            assertThat(opened).as("opened once, on first use").hasSize(1);
            assertThat(db).exists();
        }
        assertThatThrownBy(() -> opened.get(0).isEmpty()).as("closed with the session")
                .isInstanceOf(RuntimeException.class);
        assertThat(kumo.session(null).location()).hasToString("kumo.db");
    }

    @Test
    void theOptionOverridesTheConfiguredStoreAndActor() throws IOException {
        Path configured = dir.resolve("configured.db");
        Path chosen = dir.resolve("chosen.db");
        Composition kumo = composition(Map.of("KUMO_STORE", configured.toString(), "KUMO_ACTOR", "from-env"),
                new JooqStoreOpener());

        ObjectMapper json = new ObjectMapper();
        Path system = dir.resolve("system.json");
        Files.writeString(system, json.writeValueAsString(json.readTree(example("eligible-ismap-iaas.json").toFile())
                .get("system")), StandardCharsets.UTF_8);

        Run saved = run(kumo, "system", "save", "--store", chosen.toString(), "--actor", "from-option",
                system.toString());
        Run events = run(kumo, "audit", "list", "--store", chosen.toString(), "--format", "json");

        assertThat(configured).doesNotExist();
        assertThat(events.out()).as(saved.err() + events.err()).contains("\"actor\": \"from-option\"");
    }

    @Test
    void todayIsTheDateInTheConfiguredTimeZone() throws IOException {
        Path request = undatedRequest();

        Run tokyo = run(composition(Map.of(), new JooqStoreOpener()), "assess", "--format", "json",
                request.toString());
        Run utc = run(composition(Map.of("KUMO_TIMEZONE", "UTC"), new JooqStoreOpener()), "assess", "--format",
                "json", request.toString());

        assertThat(tokyo.out()).contains("\"assessmentDate\": \"2026-11-28\"");
        assertThat(utc.out()).contains("\"assessmentDate\": \"2026-11-27\"");
    }

    @Test
    void theConfiguredLanguageIsTheDefaultOfLangAndTheOptionWins() {
        Composition english = composition(Map.of("KUMO_LANG", "en"), new JooqStoreOpener());

        Run configured = run(english, "service", "list", "--page", "0");
        Run option = run(english, "service", "list", "--page", "0", "--lang", "ja");
        Run assess = run(english, "assess", "--quiet", example("eligible-ismap-iaas.json").toString());
        Run typo = run(english, "assess", "--quite", example("eligible-ismap-iaas.json").toString());
        Run group = run(english, "assessment");

        assertThat(configured.err()).startsWith("kumo: error: ");
        assertThat(typo.err()).as("a command line picocli cannot parse").startsWith("kumo: error: ");
        assertThat(group.err()).as("a group without its command").startsWith("kumo: error: ");
        assertThat(option.err()).startsWith("kumo: エラー: ");
        assertThat(assess.out()).contains("ELIGIBLE").doesNotContain("判定");
    }

    @Test
    void aBadConfigurationIsNamedWithoutAStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--version"}, Map.of("KUMO_LANG", "fr")::get, "os-user",
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(message).contains("kumo: エラー: 環境変数 KUMO_LANG", "kumo: error: Invalid value of the environment "
                + "variable KUMO_LANG: \"fr\"").doesNotContain("Exception", "\tat ");
    }

    static Path example(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path file = d.resolve("docs").resolve("examples").resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("docs/examples/" + name + " not found");
    }
}
