package kumo.adapters.cli;

import java.io.PrintWriter;
import java.util.List;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.AssessmentSummary;
import kumo.domain.assessment.Verdict;

/**
 * A batch as text: one line per input on standard output — the file, its verdict in words with the
 * code, how many actions move it past that verdict and, with {@code --record}, the id it was recorded
 * under (or, for bad input, a pointer to standard error, where the problems are listed as for a single
 * file) — then, unless {@code --quiet}, the number of inputs per verdict.
 */
final class BatchText implements Batch.Output {

    private final CliTexts cli;
    private final TextReport report;
    private final Problems problems;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private int width;

    BatchText(CliTexts cli, TextReport report, PrintWriter out, PrintWriter err, boolean quiet) {
        this.cli = cli;
        this.report = report;
        this.problems = new Problems(cli, err);
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void begin(List<Batch.Input> inputs) {
        width = inputs.stream().mapToInt(i -> TerminalText.line(i.name()).length() + 1).max().orElse(0);
    }

    @Override
    public void assessed(String file, AssessmentResultDocument result, AssessmentSummary recorded) {
        String verdict = cli.get("paren", report.verdictName(result), result.verdict().code());
        out.println(name(file) + cli.get("batch.verdict", verdict, report.actionsToMovePast(result))
                + (recorded == null ? "" : cli.get("batch.recorded", recorded.id())));
        out.flush();
    }

    @Override
    public void unreadable(String file, RequestInput.Unreadable problem) {
        failed(file);
        problems.input(problem.getMessage());
        err.flush();
    }

    @Override
    public void invalid(String file, InvalidDocumentException problem) {
        failed(file);
        problems.invalid(file, problem);
        err.flush();
    }

    private void failed(String file) {
        out.println(name(file) + cli.get("batch.error", errorName()));
        out.flush();
    }

    @Override
    public void end(Batch.Tally tally) {
        if (quiet) {
            return;
        }
        out.println();
        totals(cli, report, out, tally);
        out.flush();
    }

    /** The totals: a heading with the number of inputs, then a line per verdict, most severe first, and bad input. */
    static void totals(CliTexts cli, TextReport report, PrintWriter to, Batch.Tally tally) {
        to.println(cli.get("batch.totals", tally.total()));
        for (Verdict v : Batch.SEVERITY) {
            to.println("  " + cli.get("batch.totals.line", cli.get("paren", report.verdictLabel(v), v.name()), tally.count(v)));
        }
        to.println("  " + cli.get("batch.totals.line", errorName(cli), tally.errors()));
    }

    private String errorName() {
        return errorName(cli);
    }

    private static String errorName(CliTexts cli) {
        return cli.get("paren", cli.get("batch.errorLabel"), Batch.ERROR);
    }

    /** The file and a colon, padded so that the verdicts line up. */
    private String name(String file) {
        StringBuilder s = new StringBuilder(TerminalText.line(file)).append(':');
        while (s.length() < width) {
            s.append(' ');
        }
        return s.append(' ').toString();
    }
}
