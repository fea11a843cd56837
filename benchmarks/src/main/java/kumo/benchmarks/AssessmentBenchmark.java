package kumo.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.ObjectMapper;

import kumo.application.assess.AssessService;
import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.Assessor;
import kumo.domain.catalogue.Language;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * One full assessment against its baseline, measured in the same run: parsing the same request
 * document with Jackson. {@link BenchmarkReport} turns the scores into ratios (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AssessmentBenchmark {

    /** An example request under docs/examples/, relative to the repository root. */
    @Param({"full-city-record.json"})
    public String example;

    @Param({"docs/examples"})
    public String examples;

    private byte[] json;
    private ObjectMapper mapper;
    private Documents documents;
    private Assessor assessor;
    private AssessService service;
    private AssessmentRequestDocument.DomainInput input;
    private LocalDate date;

    @Setup
    public void setUp() {
        try {
            json = Files.readAllBytes(Path.of(examples, example));
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root: " + e.getMessage(), e);
        }
        documents = Documents.create();
        mapper = documents.objectMapper();
        assessor = new Assessor(CatalogueV1.catalogue());
        service = new AssessService(CatalogueV1.catalogue());
        AssessmentRequestDocument request = documents.readRequest(json);
        input = request.toDomain();
        date = request.assessmentDateOr(LocalDate.of(2026, 11, 28));
    }

    /** Baseline: Jackson parses the request document into its records (no validation). */
    @Benchmark
    public AssessmentRequestDocument parse() throws IOException {
        return mapper.readValue(json, AssessmentRequestDocument.class);
    }

    /** The engine alone: every rule, exemptions, deviations, risk register, verdict, next actions. */
    @Benchmark
    public Assessment evaluate() {
        return assessor.assess(input.system(), input.service(), input.plan(), date);
    }

    /**
     * What a front door does for a script ({@code kumo assess --format json}): parse, validate, map, evaluate
     * and build the compact result document in one language.
     */
    @Benchmark
    public Object endToEnd() {
        return service.assessCompact(new java.io.ByteArrayInputStream(json), date, Language.JA);
    }

    /** The same with the full bilingual result document ({@code --format json-full}, what is stored). */
    @Benchmark
    public Object endToEndFull() {
        return service.assess(new java.io.ByteArrayInputStream(json), date);
    }
}
