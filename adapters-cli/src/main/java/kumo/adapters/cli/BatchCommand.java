package kumo.adapters.cli;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

import kumo.application.assess.LineBatch;
import kumo.application.document.Echo;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.JsonLines;
import kumo.application.document.StrictDates;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.CompactResultDocument;
import kumo.application.records.NewFiles;
import kumo.application.records.StoreException;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kumo batch [FILE|-] [--lang ja|en] [--date D] [--out FILE]}: JSON Lines of assessment requests in, JSON
 * Lines of results out, one output line per request line and in the same order ({@link Entry}), streamed through
 * {@link LineBatch} in constant memory. A bad line is reported — as an entry with its problems on the output, and
 * on standard error with its line number — and skipped; the run goes on. At the end standard error gets the
 * counts per verdict and the time taken; while it runs, a progress line when standard error is a terminal. The
 * exit code is the batch rule of {@code kumo assess} with several files ({@link Batch.Tally#exitCode()}).
 */
@Command(name = "batch",
        mixinStandardHelpOptions = true,
        versionProvider = KumoVersion.class)
final class BatchCommand extends KumoCommand {

    /** The {@code "kumo"} type of each output line. */
    static final String TYPE = "assessment-batch-line/1";

    /**
     * One output line: the number of the input line it answers, then its verdict and compact result, or the
     * problems that kept it from being assessed.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String kumo, long line, String verdict, CompactResultDocument result, BatchJson.Failure error) {
    }

    @Parameters(arity = "0..1", paramLabel = "FILE|-", defaultValue = RequestInput.STDIN)
    String file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    String date;

    @Option(names = "--out", paramLabel = "FILE")
    String outFile;

    private final Supplier<KumoCli.Wiring> wiring;
    private final Clock clock;
    private final InputStream stdin;
    private final PrintStream stdout;
    private final Terminal terminal;

    /** Which of the standard streams are terminals. */
    record Terminal(boolean out, boolean err) {
    }

    /**
     * @param stdout   the raw standard output, which the result lines are written to as UTF-8 bytes
     * @param terminal whether standard output is a terminal (then user text in the results is made safe for it,
     *                 {@link TerminalText}) and whether standard error is (then a progress line is drawn on it)
     */
    BatchCommand(Supplier<KumoCli.Wiring> wiring, Clock clock, InputStream stdin, PrintStream stdout, Terminal terminal) {
        this.wiring = wiring;
        this.clock = clock;
        this.stdin = stdin;
        this.stdout = stdout;
        this.terminal = terminal;
    }

    @Override
    Integer execute() {
        String command = spec.qualifiedName();
        Language language = language();
        LocalDate override = null;
        if (date != null) {
            try {
                override = StrictDates.parse(date);
            } catch (DateTimeParseException e) {
                return problems.usage(command, cli.get("error.badDate", Echo.of(date).in(language)));
            }
        }
        Path target = null;
        if (outFile != null) {
            target = StoreFileCommands.newFile(cli, problems, outFile);
            if (target == null) {
                return ExitCodes.BAD_INPUT;
            }
        }
        RequestInput input = new RequestInput(cli, stdin);
        InputStream in;
        long size = -1;
        try {
            if (RequestInput.STDIN.equals(file)) {
                in = stdin;
            } else {
                Path path = StoreFileCommands.path(file);
                if (path == null || !Files.exists(path)) {
                    throw input.problem("fileNotFound", file, t -> null);
                }
                if (!Files.isRegularFile(path)) {
                    throw input.problem("notAFile", file, t -> null);
                }
                size = Files.size(path);
                in = Files.newInputStream(path);
            }
        } catch (RequestInput.Unreadable e) {
            return problems.input(e.getMessage());
        } catch (IOException | RuntimeException e) {
            return problems.input(input.unreadable(file, e).getMessage());
        }
        try (InputStream source = new Failing(in, in != stdin)) {
            return run(cli, problems, source, size, target, override);
        } catch (InputFailed e) {
            return problems.input(input.unreadable(file, e.getCause()).getMessage());
        } catch (IOException e) {
            return problems.input(input.unreadable(file, e).getMessage());
        }
    }

    private int run(CliTexts cli, Problems problems, InputStream in, long size, Path target, LocalDate override) {
        KumoCli.Wiring w = wiring.get();
        LocalDate today = LocalDate.now(clock);
        Language language = cli.language();
        ObjectWriter json = w.documents().objectMapper().writerFor(Entry.class);
        boolean toTerminal = target == null && terminal.out(); // user text made safe for the terminal it is shown on
        LineBatch.Assessor assessor = (line, bytes) -> {
            try {
                AssessmentRequestDocument request = w.documents().read(bytes, AssessmentRequestDocument.class);
                if (override != null) {
                    request = AssessCommand.withDate(request, override);
                }
                // validated once, by the use case; only the compact result in one language is built
                CompactResultDocument result = w.assess().assessCompact(request, today, language);
                return new LineBatch.Outcome(line, write(json, new Entry(TYPE, line, result.verdict(), result, null),
                        toTerminal), Verdict.valueOf(result.verdict()), null);
            } catch (InvalidDocumentException e) {
                return failed(json, line, e, toTerminal);
            }
        };
        LineBatch.TooLong tooLong = (line, problem) -> failed(json, line, problem, toTerminal);
        Progress progress = new Progress(terminal.err(), err, cli, size);
        Batch.Tally tally = new Batch.Tally();
        LineBatch.Listener listener = (outcome, bytesRead) -> {
            if (outcome.invalid() == null) {
                tally.add(outcome.verdict());
            } else {
                tally.error();
                progress.clear();
                problems.invalid(cli.get("batch.lines.line", outcome.line()), outcome.invalid());
                err.flush();
            }
            progress.update(bytesRead);
        };
        long start = System.nanoTime();
        LineBatch batch = LineBatch.standard();
        try {
            if (target == null) {
                spec.commandLine().getOut().flush();
                OutputStream out = new BufferedOutputStream(new Checked(stdout), 1 << 16);
                batch.run(new JsonLines(in), assessor, tooLong, out, listener);
                stdout.flush();
            } else {
                new NewFiles().write(target, temporary -> {
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                        batch.run(new JsonLines(in), assessor, tooLong, out, listener);
                    }
                });
            }
        } catch (StoreException e) {
            progress.clear();
            problems.error(e.text().in(language));
            return ExitCodes.of(e.reason());
        } catch (IOException e) {
            // standard output closed or failing (a broken pipe): nothing more can be said there
            progress.clear();
            problems.error(cli.get("error.cannotWrite", cli.get("batch.lines.stdout"), KumoCli.message(e)));
            return ExitCodes.BAD_INPUT;
        } finally {
            progress.clear();
        }
        if (tally.total() == 0) {
            return problems.input(cli.get("batch.lines.empty"));
        }
        summary(cli, w, tally, (System.nanoTime() - start) / 1e9, target);
        return tally.exitCode();
    }

    private void summary(CliTexts cli, KumoCli.Wiring w, Batch.Tally tally, double seconds, Path target) {
        long lines = tally.total();
        err.println(cli.get("batch.lines.summary", lines, String.format(java.util.Locale.ROOT, "%.1f", seconds),
                seconds > 0 ? Math.round(lines / seconds) : 0));
        BatchText.totals(cli, new TextReport(cli, w.catalogue()), err, tally);
        if (target != null) {
            err.println(cli.get("batch.lines.written", lines, outFile));
        }
        err.flush();
    }

    private static LineBatch.Outcome failed(ObjectWriter json, long line, InvalidDocumentException e, boolean toTerminal) {
        Entry entry = new Entry(TYPE, line, null, null, BatchJson.entry("", e).error());
        return new LineBatch.Outcome(line, write(json, entry, toTerminal), null, e);
    }

    private static byte[] write(ObjectWriter json, Entry entry, boolean toTerminal) {
        try {
            if (!toTerminal) {
                return json.writeValueAsBytes(entry);
            }
            // one line of JSON holds no raw line break; what TerminalText escapes can only be inside its strings
            return TerminalText.line(json.writeValueAsString(entry)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write line " + entry.line(), e);
        }
    }

    /**
     * Standard output that says when it cannot be written: a {@link PrintStream} swallows its errors (a closed pipe,
     * a full disk), so that a batch would go on assessing for nobody.
     */
    private static final class Checked extends java.io.FilterOutputStream {

        private final PrintStream stream;

        Checked(PrintStream stream) {
            super(stream);
            this.stream = stream;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            stream.write(b, off, len);
            if (stream.checkError()) {
                throw new IOException("closed");
            }
        }
    }

    /** An input that failed while being read: told apart from a failure to write the output. */
    private static final class InputFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InputFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** Turns the input's read errors into {@link InputFailed}. */
    private static final class Failing extends FilterInputStream {

        private final boolean owned;

        /** @param owned whether closing this closes {@code in} (a file we opened; never standard input) */
        Failing(InputStream in, boolean owned) {
            super(in);
            this.owned = owned;
        }

        @Override
        public int read() {
            try {
                return super.read();
            } catch (IOException e) {
                throw new InputFailed(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new InputFailed(e);
            }
        }

        @Override
        public int available() {
            try {
                return super.available();
            } catch (IOException e) {
                throw new InputFailed(e);
            }
        }

        @Override
        public void close() {
            if (!owned) {
                return;
            }
            try {
                super.close();
            } catch (IOException | UncheckedIOException e) {
                // closing an input that was read to the end: nothing lost
            }
        }
    }
}
