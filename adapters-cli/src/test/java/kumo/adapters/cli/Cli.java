package kumo.adapters.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import kumo.application.assess.AssessService;
import kumo.application.assess.AssessUseCase;
import kumo.application.document.Documents;
import kumo.application.document.result.CompactResultDocument;
import kumo.application.records.StoreOpener;
import kumo.domain.rules.v1.CatalogueV1;

/** Runs the CLI in-process with captured output, a fixed clock and a given standard input. */
final class Cli {

    /** 2026-11-27 15:30 UTC: already 2026-11-28 in Japan, so "today" must come out as the 28th. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T15:30:00Z"), ZoneOffset.UTC);

    static final Documents DOCUMENTS = Documents.create();

    static final AssessUseCase ASSESS = new AssessService(CatalogueV1.catalogue(), DOCUMENTS);

    /** What one run left behind; the streams decoded as UTF-8. */
    record Run(int exitCode, String out, String err) {

        String all() {
            return out + err;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        return run(new KumoCli(ASSESS, DOCUMENTS, CatalogueV1.catalogue(), CLOCK), "", args);
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
        return run(new KumoCli(ASSESS, DOCUMENTS, CatalogueV1.catalogue(), CLOCK), stdin, args);
    }

    /** A store that must not be reached: opening it fails the test. */
    static final StoreOpener UNTOUCHED = location -> {
        throw new AssertionError("the store was opened (" + location + ") although the command line was bad");
    };

    /** A CLI whose store commands open stores through {@code opener}, with the given environment. */
    static KumoCli withStore(StoreOpener opener, Map<String, String> environment) {
        return new KumoCli(ASSESS, DOCUMENTS, CatalogueV1.catalogue(), CLOCK, opener).withEnvironment(environment::get);
    }

    /** Runs with a store that must not be reached and an empty environment. */
    static Run untouched(String... args) {
        return run(withStore(UNTOUCHED, Map.of()), "", args);
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
