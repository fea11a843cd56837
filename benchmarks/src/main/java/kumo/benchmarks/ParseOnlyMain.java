package kumo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import kumo.application.document.request.AssessmentRequestDocument;

/**
 * The cold-start baseline ({@link ColdStartBenchmark}): a JVM that starts, reads one request file and parses
 * it with Jackson into the same request records {@code kumo assess} reads, and exits — no validation, no
 * catalogue, no assessment, no command line. It prints one line (the system's name) so that the parse cannot
 * be skipped and a broken file shows.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar kumo.benchmarks.ParseOnlyMain docs/examples/full-city-record.json</pre>
 */
public final class ParseOnlyMain {

    private ParseOnlyMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ParseOnlyMain REQUEST.json");
            System.exit(2);
        }
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        AssessmentRequestDocument request = mapper.readValue(Files.readAllBytes(Path.of(args[0])),
                AssessmentRequestDocument.class);
        System.out.println(request.system() == null ? "-" : request.system().name());
    }
}
