package kumo.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import kumo.application.document.Documents;
import kumo.application.document.JsonLines;
import kumo.application.document.request.AssessmentRequestDocument;

/**
 * The baseline of {@link BatchBenchmark}, run in its own JVM: reads a JSON Lines file line by line, with the same
 * line reader as {@code kumo batch} ({@link JsonLines}), and has Jackson parse every line into the request DTO
 * ({@link AssessmentRequestDocument}) with kumo's strictly configured mapper — no Bean Validation, no assessment,
 * no output. Prints the number of lines parsed.
 */
public final class ParseLines {

    private ParseLines() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = Documents.create().objectMapper();
        ObjectReader reader = mapper.readerFor(AssessmentRequestDocument.class);
        long parsed = 0;
        long checksum = 0;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            JsonLines lines = new JsonLines(in);
            for (JsonLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.blank()) {
                    continue;
                }
                AssessmentRequestDocument request = reader.readValue(line.bytes());
                checksum += request.system().name().length(); // keeps the parse from being optimised away
                parsed++;
            }
        }
        System.out.println(parsed + " " + checksum);
    }
}
