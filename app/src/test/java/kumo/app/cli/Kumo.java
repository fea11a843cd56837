package kumo.app.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.adapters.cli.KumoCli;
import kumo.adapters.persistence.JooqStoreOpener;
import kumo.app.Composition;
import kumo.app.Configuration;
import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.CloudServiceProfileDto;

/**
 * Runs {@code kumo} in-process with the real wiring of {@link Composition} (the persistence adapter's store opener,
 * the assessor, Bean Validation) and a clock that starts on 2026-11-28 noon in Japan and moves one second
 * each time it is read, so that every recording has its own time.
 */
final class Kumo {

    static {
        // as kumo.app.Main does: the libraries' log lines are off in the tests' output too
        kumo.app.Logging.configure(false);
    }

    static final Documents DOCUMENTS = Documents.create();

    static final ObjectMapper JSON = new ObjectMapper();

    /** One clock for every run, so that recordings in later runs are later. */
    static final Clock CLOCK = new SteppingClock(Instant.parse("2026-11-28T03:00:00Z"));

    /** What one run left behind; standard output also as raw bytes. */
    record Run(int exitCode, byte[] outBytes, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Kumo() {
    }

    /** The composition root's graph with an empty environment, this clock and the persistence adapter's stores. */
    static KumoCli cli() {
        Configuration configuration = Configuration.read(name -> null, System.getProperty("user.name", ""));
        return new Composition(configuration, CLOCK, new JooqStoreOpener()).cli();
    }

    static Run run(String... args) {
        return run(cli(), args);
    }

    static Run run(KumoCli cli, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = cli.execute(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toByteArray(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The project's docs/examples folder, found upwards from the module. */
    static Path example(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("docs").resolve("examples").resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("docs/examples/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    static ObjectNode read(Path file) throws IOException {
        return (ObjectNode) JSON.readTree(file.toFile());
    }

    static Path write(Path file, JsonNode json) throws IOException {
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json), StandardCharsets.UTF_8);
        return file;
    }

    /** A profile as kumo reads it: compares by value (24 and 24.0 are the same number of hours). */
    static CloudServiceProfileDto service(JsonNode profile) throws IOException {
        return DOCUMENTS.objectMapper().treeToValue(profile, CloudServiceProfileDto.class);
    }

    /** A request as kumo reads it, for comparing by value. */
    static AssessmentRequestDocument request(String json) {
        return DOCUMENTS.readRequest(json);
    }

    /** A fixed start that moves on by one second each time it is read. */
    static final class SteppingClock extends Clock {

        private final AtomicLong seconds;

        SteppingClock(Instant start) {
            this.seconds = new AtomicLong(start.getEpochSecond());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            SteppingClock self = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return self.withZone(other);
                }

                @Override
                public Instant instant() {
                    return self.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.getAndIncrement());
        }
    }
}
