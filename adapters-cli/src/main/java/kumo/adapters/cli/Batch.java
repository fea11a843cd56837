package kumo.adapters.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.RecordedAssessment;
import kumo.domain.assessment.Verdict;

/**
 * {@code kumo assess} with several inputs, or with a directory: every file is read and assessed on its
 * own, in the same JVM and with the same use case, and handed to an {@link Output} as soon as it is
 * done. A file with bad input is reported and counted, and the batch goes on. The exit code is 2 if any
 * input was bad, else the code of the most severe verdict found (see {@link #SEVERITY}).
 *
 * <p>With {@code --record} the batch runs in two steps: {@link #read} reads and checks every input (no
 * store involved), then the caller assesses and records the good ones in one transaction and hands the
 * outcome to {@link #report}, which tells the {@link Output} about every input in order, as {@link #run}
 * does, with the id each assessment was recorded under.
 */
final class Batch {

    /** The {@code "kumo"} type of the batch document ({@code --format json}). */
    static final String TYPE = "assessment-batch/1";

    /** How an input that could not be assessed is counted, in the totals and in the document's summary. */
    static final String ERROR = "ERROR";

    /** The verdicts from the most severe down: a batch exits with the code of the first one it found. */
    static final List<Verdict> SEVERITY = List.of(Verdict.PROHIBITED, Verdict.NOT_ELIGIBLE, Verdict.INCOMPLETE,
            Verdict.CONDITIONAL, Verdict.OUT_OF_SCOPE, Verdict.ELIGIBLE);

    /** One input of a batch: a file to read, or an argument already known to be unusable (an empty directory). */
    record Input(String name, RequestInput.Unreadable problem) {
    }

    /** Reads, validates and assesses one request. */
    @FunctionalInterface
    interface Assessor {
        /** @throws InvalidDocumentException when the request is not a valid assessment request */
        AssessmentResultDocument assess(byte[] request);
    }

    /** Reads and checks one request for recording, without assessing it. */
    @FunctionalInterface
    interface Reader {
        /** @throws InvalidDocumentException when the request is not a valid request, or cannot be keyed */
        AssessmentRequestDocument read(byte[] request);
    }

    /** What reading one input for recording gave: a request, or why there is none. */
    record Read(Input input, AssessmentRequestDocument request, RequestInput.Unreadable unreadable,
            InvalidDocumentException invalid) {
    }

    /** Where the outcome of each input goes, in the order of the inputs. */
    interface Output {

        /** Called once, before the first input is read (with {@code --record}: before the first is reported). */
        void begin(List<Input> inputs);

        /**
         * The input was assessed.
         *
         * @param recorded what it was recorded as ({@code --record}); {@code null} when not recorded
         */
        void assessed(String file, AssessmentResultDocument result, AssessmentSummary recorded);

        /** The input could not be read (missing file, empty directory, I/O error). */
        void unreadable(String file, RequestInput.Unreadable problem);

        /** The input is not a valid assessment request. */
        void invalid(String file, InvalidDocumentException problem);

        /** Called once, after the last input. */
        void end(Tally tally);
    }

    /** How many inputs ended in each verdict, and how many could not be assessed. */
    static final class Tally {

        private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        private int errors;

        void add(Verdict verdict) {
            verdicts.merge(verdict, 1, Integer::sum);
        }

        void error() {
            errors++;
        }

        int count(Verdict verdict) {
            return verdicts.getOrDefault(verdict, 0);
        }

        int errors() {
            return errors;
        }

        int total() {
            return errors + verdicts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Every verdict (0 included) and {@value #ERROR}, by name. */
        Map<String, Integer> byName() {
            Map<String, Integer> m = new TreeMap<>();
            for (Verdict v : Verdict.values()) {
                m.put(v.name(), count(v));
            }
            m.put(ERROR, errors);
            return m;
        }

        /** 2 if any input was bad; otherwise the code of the most severe verdict. */
        int exitCode() {
            if (errors > 0) {
                return ExitCodes.BAD_INPUT;
            }
            for (Verdict v : SEVERITY) {
                if (count(v) > 0) {
                    return ExitCodes.of(v);
                }
            }
            return ExitCodes.BAD_INPUT; // no input at all: cannot happen (FILE is required), but never "eligible"
        }
    }

    private final RequestInput reader;

    Batch(RequestInput reader) {
        this.reader = reader;
    }

    /**
     * Whether {@code kumo assess} runs as a batch: more than one argument, or a directory. One file (or
     * {@code -}) keeps the single-file report, exactly as before.
     */
    static boolean isBatch(List<String> arguments) {
        return arguments.size() > 1 || directory(arguments.get(0)) != null;
    }

    /** Assesses every input, hands each outcome to {@code output}; returns the batch's exit code. */
    int run(List<String> arguments, Assessor assessor, Output output) {
        List<Input> inputs = expand(arguments);
        output.begin(inputs);
        Tally tally = new Tally();
        for (Input input : inputs) {
            String file = input.name();
            if (input.problem() != null) {
                unreadable(output, tally, file, input.problem());
                continue;
            }
            AssessmentResultDocument result;
            try {
                result = assessor.assess(reader.read(file));
            } catch (RequestInput.Unreadable e) {
                unreadable(output, tally, file, e);
                continue;
            } catch (InvalidDocumentException e) {
                invalid(output, tally, file, e);
                continue;
            } catch (RuntimeException e) {
                throw bug(file, e);
            }
            assessed(output, tally, file, result, null);
        }
        output.end(tally);
        return tally.exitCode();
    }

    /**
     * Reads and checks every input for recording, in order, nothing assessed yet: each {@link Read} holds the
     * request, or why it is bad input.
     */
    List<Read> read(List<String> arguments, Reader requests) {
        List<Read> reads = new ArrayList<>();
        for (Input input : expand(arguments)) {
            String file = input.name();
            if (input.problem() != null) {
                reads.add(new Read(input, null, input.problem(), null));
                continue;
            }
            try {
                reads.add(new Read(input, requests.read(reader.read(file)), null, null));
            } catch (RequestInput.Unreadable e) {
                reads.add(new Read(input, null, e, null));
            } catch (InvalidDocumentException e) {
                reads.add(new Read(input, null, null, e));
            } catch (RuntimeException e) {
                throw bug(file, e);
            }
        }
        return reads;
    }

    /** The requests among {@code reads}, in order: what is to be recorded. */
    static List<AssessmentRequestDocument> requests(List<Read> reads) {
        return reads.stream().map(Read::request).filter(Objects::nonNull).toList();
    }

    /**
     * Hands every input of a recorded batch to {@code output}, in order; returns the batch's exit code.
     *
     * @param recorded one per request of {@link #requests(List)}, in the same order
     */
    static int report(List<Read> reads, List<RecordedAssessment> recorded, Output output) {
        if (recorded.size() != requests(reads).size()) {
            throw new IllegalArgumentException(recorded.size() + " recorded for " + requests(reads).size() + " requests");
        }
        output.begin(reads.stream().map(Read::input).toList());
        Tally tally = new Tally();
        Iterator<RecordedAssessment> next = recorded.iterator();
        for (Read read : reads) {
            String file = read.input().name();
            if (read.unreadable() != null) {
                unreadable(output, tally, file, read.unreadable());
            } else if (read.invalid() != null) {
                invalid(output, tally, file, read.invalid());
            } else {
                RecordedAssessment r = next.next();
                assessed(output, tally, file, r.result(), r.summary());
            }
        }
        output.end(tally);
        return tally.exitCode();
    }

    private static void assessed(Output output, Tally tally, String file, AssessmentResultDocument result,
            AssessmentSummary recorded) {
        output.assessed(file, result, recorded);
        tally.add(Verdict.valueOf(result.verdict().code()));
    }

    private static void unreadable(Output output, Tally tally, String file, RequestInput.Unreadable problem) {
        output.unreadable(file, problem);
        tally.error();
    }

    private static void invalid(Output output, Tally tally, String file, InvalidDocumentException problem) {
        output.invalid(file, problem);
        tally.error();
    }

    /** A bug, not bad input: stops the batch (exit 1), saying which file it happened on (shown with --debug only). */
    private static IllegalStateException bug(String file, RuntimeException e) {
        return new IllegalStateException(file + ": " + KumoCli.message(e), e);
    }

    /**
     * The inputs named by the arguments, in order: a file as given; a directory as every {@code *.json}
     * regular file directly inside it (not hidden ones, not in subdirectories), sorted by name. A
     * directory without any is an input of its own that fails with {@code noJsonFiles}.
     */
    List<Input> expand(List<String> arguments) {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            Path dir = directory(argument);
            if (dir == null) {
                inputs.add(new Input(argument, null));
                continue;
            }
            List<Path> files;
            try (Stream<Path> listing = Files.list(dir)) {
                files = listing.filter(Batch::isRequestFile)
                        .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()))
                        .toList();
            } catch (IOException | RuntimeException e) {
                inputs.add(new Input(argument, reader.unreadable(argument, e)));
                continue;
            }
            if (files.isEmpty()) {
                inputs.add(new Input(argument, reader.problem("noJsonFiles", argument, t -> null)));
            }
            files.forEach(f -> inputs.add(new Input(f.toString(), null)));
        }
        return inputs;
    }

    private static boolean isRequestFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".json") && !name.startsWith(".") && Files.isRegularFile(p);
    }

    /** The argument as a directory, or {@code null} if it is not one ({@code -}, a file, nothing). */
    private static Path directory(String argument) {
        if (RequestInput.STDIN.equals(argument)) {
            return null;
        }
        try {
            Path path = Path.of(argument);
            return Files.isDirectory(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
