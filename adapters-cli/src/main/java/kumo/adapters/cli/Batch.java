package kumo.adapters.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.domain.assessment.Verdict;

/**
 * {@code kumo assess} with several inputs, or with a directory: every file is read and assessed on its
 * own, in the same JVM and with the same use case, and handed to an {@link Output} as soon as it is
 * done. A file with bad input is reported and counted, and the batch goes on. The exit code is 2 if any
 * input was bad, else the code of the most severe verdict found (see {@link #SEVERITY}).
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

    /** Where the outcome of each input goes, in the order of the inputs. */
    interface Output {

        /** Called once, before the first input is read. */
        void begin(List<Input> inputs);

        void assessed(String file, AssessmentResultDocument result);

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
    private final Assessor assessor;

    Batch(RequestInput reader, Assessor assessor) {
        this.reader = reader;
        this.assessor = assessor;
    }

    /**
     * Whether {@code kumo assess} runs as a batch: more than one argument, or a directory. One file (or
     * {@code -}) keeps the single-file report, exactly as before.
     */
    static boolean isBatch(List<String> arguments) {
        return arguments.size() > 1 || directory(arguments.get(0)) != null;
    }

    /** Assesses every input, hands each outcome to {@code output}; returns the batch's exit code. */
    int run(List<String> arguments, Output output) {
        List<Input> inputs = expand(arguments);
        output.begin(inputs);
        Tally tally = new Tally();
        for (Input input : inputs) {
            String file = input.name();
            if (input.problem() != null) {
                output.unreadable(file, input.problem());
                tally.error();
                continue;
            }
            AssessmentResultDocument result;
            try {
                result = assessor.assess(reader.read(file));
            } catch (RequestInput.Unreadable e) {
                output.unreadable(file, e);
                tally.error();
                continue;
            } catch (InvalidDocumentException e) {
                output.invalid(file, e);
                tally.error();
                continue;
            } catch (RuntimeException e) {
                // a bug, not bad input: stop the batch (exit 1), saying which file it happened on
                throw new IllegalStateException(file + ": " + KumoCli.message(e), e); // shown with --debug only
            }
            output.assessed(file, result);
            tally.add(Verdict.valueOf(result.verdict().code()));
        }
        output.end(tally);
        return tally.exitCode();
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
