package kumo.adapters.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import kumo.application.assess.AssessService;
import kumo.application.assess.AssessUseCase;
import kumo.application.document.Documents;
import kumo.application.document.result.CompactResultDocument;
import kumo.application.records.StoreException;
import kumo.application.records.StoreLocation;
import kumo.application.records.port.in.StoreSession;
import kumo.application.spec.ProcurementSpecificationUseCase;
import kumo.application.spec.service.ProcurementSpecificationService;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * Runs the CLI in-process with captured output, a fixed clock and a given standard input: the CLI built as the
 * composition root builds it, with test use cases in place of the real store.
 */
final class Cli {

    /** 2026-11-27 15:30 UTC: already 2026-11-28 in Japan, so "today" must come out as the 28th. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T15:30:00Z"), ZoneId.of("Asia/Tokyo"));

    static final Documents DOCUMENTS = Documents.create();

    static final Catalogue CATALOGUE = CatalogueV1.catalogue();

    static final AssessUseCase ASSESS = new AssessService(CATALOGUE, DOCUMENTS);

    static final ProcurementSpecificationUseCase SPEC = new ProcurementSpecificationService(CATALOGUE,
            CatalogueV1::procurementForm, DOCUMENTS);

    /** The configured defaults: an actor, Japanese. */
    static final KumoCli.Settings SETTINGS = new KumoCli.Settings("tester", Language.JA);

    /** The store location the composition root would use when {@code --store} is not given. */
    static final String CONFIGURED = "/configured/kumo.db";

    /** What one run left behind; the streams decoded as UTF-8. */
    record Run(int exitCode, String out, String err) {

        String all() {
            return out + err;
        }
    }

    private Cli() {
    }

    /** A CLI over {@code assess}, its store commands reaching {@code stores} ({@code null}: none). */
    static KumoCli cli(AssessUseCase assess, StoreSession.Sessions stores) {
        return new KumoCli(() -> CATALOGUE, () -> new KumoCli.Wiring(assess, DOCUMENTS, CATALOGUE, SPEC, null), CLOCK, stores,
                SETTINGS);
    }

    static Run run(String... args) {
        return run(cli(ASSESS, null), "", args);
    }

    /** The compact result document {@code kumo assess --format json} printed. */
    static CompactResultDocument compact(String json) {
        try {
            return DOCUMENTS.objectMapper().readValue(json, CompactResultDocument.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Run withStdin(String stdin, String... args) {
        return run(cli(ASSESS, null), stdin, args);
    }

    /** Stores that must not be reached: asking for one fails the test. */
    static final StoreSession.Sessions UNTOUCHED = location -> {
        throw new AssertionError("the store was asked for (" + location + ") although the command line was bad");
    };

    /** Runs with a store that must not be reached. */
    static Run untouched(String... args) {
        return run(cli(ASSESS, UNTOUCHED), "", args);
    }

    /**
     * Stores that cannot be used: every use case throws {@code failure}, as a store that cannot be opened does.
     * Each location asked for is added to {@code asked}; {@code --store} not given asks for {@link #CONFIGURED}.
     */
    static StoreSession.Sessions failing(List<String> asked, StoreException failure) {
        return location -> {
            String where = location != null ? location : CONFIGURED;
            asked.add(where);
            return failingSession(where, failure);
        };
    }

    private static StoreSession failingSession(String location, StoreException failure) {
        RecordComponent[] components = StoreSession.class.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            if (type == StoreLocation.class) {
                values[i] = StoreLocation.parse(location, "--store");
            } else if (type == Runnable.class) {
                values[i] = (Runnable) () -> { };
            } else {
                values[i] = Proxy.newProxyInstance(Cli.class.getClassLoader(), new Class<?>[] {type},
                        (proxy, method, args) -> {
                            throw failure;
                        });
            }
        }
        try {
            return StoreSession.class.getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Run run(KumoCli cli, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // Latin-1 streams: the CLI must write UTF-8 bytes itself, whatever the stream's own charset is
        int code = cli.execute(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                new PrintStream(err, true, StandardCharsets.ISO_8859_1));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The project's docs folder (holding examples/expectations.tsv), found upwards from the module. */
    static Path docs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path docs = dir.resolve("docs");
            if (Files.isRegularFile(docs.resolve("examples").resolve("expectations.tsv"))) {
                return docs;
            }
        }
        throw new IllegalStateException("docs/examples/expectations.tsv not found above " + Path.of("").toAbsolutePath());
    }

    static Path example(String name) {
        return docs().resolve("examples").resolve(name);
    }
}
