package kumo.adapters.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.LocalizedText;
import kumo.application.document.Violation;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.CompactResultDocument;
import kumo.application.records.AssessmentSummary;
import kumo.domain.catalogue.Language;

/**
 * A batch as one JSON document, {@code "kumo": "assessment-batch/1"} ({@link Document}): an entry per
 * input, in order — the file and either its verdict (with {@code --record}, the id it was recorded under)
 * and its result document (the compact one in the language asked for with {@code --format json}, the full
 * bilingual one with {@code --format json-full}), or the problems that kept it from being assessed — and
 * the number of inputs per verdict.
 *
 * <p>The document is written piece by piece, each entry as soon as its file is assessed, so that memory
 * does not grow with the batch (a full result document is some 200 KB); the text is exactly what
 * {@link Documents#write} gives for the whole {@link Document}.
 */
final class BatchJson implements Batch.Output {

    /** The whole batch document. */
    record Document(String kumo, List<Entry> results, Map<String, Integer> summary) {
    }

    /** One input's entry: {@link Assessed} or {@link Failed}. */
    sealed interface Entry permits Assessed, Failed {
        String file();
    }

    /**
     * An input that was assessed: its verdict code, the id it was recorded under ({@code --record}; left out
     * otherwise) and the result: a {@link CompactResultDocument} or an {@link AssessmentResultDocument}.
     */
    record Assessed(String file, String verdict, @JsonInclude(JsonInclude.Include.NON_NULL) String id,
            Object result) implements Entry {

        /** Not recorded. */
        Assessed(String file, String verdict, Object result) {
            this(file, verdict, null, result);
        }
    }

    /** An input that could not be assessed, and why. */
    record Failed(String file, Failure error) implements Entry {
    }

    /** Every problem with the input: a JSON path ({@code $} for the file as a whole), a code and the message. */
    record Failure(List<Problem> violations) {
    }

    record Problem(String path, String code, LocalizedText message) {
    }

    private static final String INDENT = "  ";

    private final Documents documents;
    private final PrintWriter out;
    private final Language compact;
    private boolean first = true;

    /** With {@code compact} {@code null}, each entry holds the full bilingual result; else the compact one in that language. */
    BatchJson(Documents documents, PrintWriter out, Language compact) {
        this.documents = documents;
        this.out = out;
        this.compact = compact;
    }

    static Assessed entry(String file, Object result, String verdict, AssessmentSummary recorded) {
        return new Assessed(file, verdict, recorded == null ? null : recorded.id(), result);
    }

    static Failed entry(String file, RequestInput.Unreadable problem) {
        return new Failed(file, new Failure(List.of(new Problem("$", problem.code(), problem.text()))));
    }

    static Failed entry(String file, InvalidDocumentException problem) {
        List<Problem> violations = new ArrayList<>();
        for (Violation v : problem.violations()) {
            violations.add(new Problem(v.path(), v.code(), v.message()));
        }
        return new Failed(file, new Failure(violations));
    }

    @Override
    public void begin(List<Batch.Input> inputs) {
        out.print("{\n" + INDENT + "\"kumo\": \"" + Batch.TYPE + "\",\n" + INDENT + "\"results\": [");
    }

    @Override
    public void assessed(String file, AssessmentResultDocument result, AssessmentSummary recorded) {
        Object shown = compact == null ? result : CompactResultDocument.of(result, compact);
        write(entry(file, shown, result.verdict().code(), recorded));
    }

    @Override
    public void unreadable(String file, RequestInput.Unreadable problem) {
        write(entry(file, problem));
    }

    @Override
    public void invalid(String file, InvalidDocumentException problem) {
        write(entry(file, problem));
    }

    private void write(Entry entry) {
        out.print(first ? "\n" : ",\n");
        out.print(INDENT + INDENT + indented(documents.write(entry), INDENT + INDENT));
        out.flush();
        first = false;
    }

    @Override
    public void end(Batch.Tally tally) {
        out.print(first ? "]" : "\n" + INDENT + "]");
        out.print(",\n" + INDENT + "\"summary\": " + indented(documents.write(tally.byName()), INDENT));
        out.println("\n}");
        out.flush();
    }

    /** A document nested {@code prefix} deeper: JSON strings hold no raw line breaks, so every line break is layout. */
    private static String indented(String json, String prefix) {
        return json.replace("\n", "\n" + prefix);
    }
}
