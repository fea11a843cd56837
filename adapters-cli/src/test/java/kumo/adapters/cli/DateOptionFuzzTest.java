package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The fuzz corpus's dates through {@code --date}, generated from a fixed seed: real days and mutations of them
 * (characters replaced, inserted, deleted; spaces, times, zones and signs around them; controls, NUL, full-width
 * digits, unpaired surrogates, bidi controls; years out of four digits). A value in the schema's pattern that
 * is a real day is the assessment date; anything else is a bad command line (exit 2) that names {@code --date},
 * echoes the value bounded and printable — never exit 1, never a stack trace.
 */
class DateOptionFuzzTest {

    private static final long SEED = 20261207L;
    private static final int INPUTS = 80;
    private static final Pattern PATTERN = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final String OK = Cli.example("eligible-ismap-iaas.json").toString();
    private static final String[] INSERTS = {" ", "\t", "\n", "\u0000", "\u001b", "\u007f", "\u0085", "T", "Z", "+", "-",
        "/", ".", ":", "0", "9", "\uFF10", "\u0661", "\uD800", "\uDC00", "\u202E", "\u3000", "\uFEFF", "e"};
    private static final String[] AROUND = {" %s", "%s ", "%sT00:00:00", "%sT00:00:00Z", "%s+09:00", "+%s", "-%s",
        "%s\u0000", "\t%s", "%sZ", "+1%s", "1%s", "%s\n", "\"%s\"", "%s%s"};

    @Test
    void everyGeneratedDateIsTheAssessmentDateOrABadCommandLine() {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < INPUTS; i++) {
            String date = generate(random);
            Cli.Run run = Cli.run("assess", "--lang", "en", "--date", date, OK);
            String problem = realDay(date) ? asDate(run, date) : refused(run);
            accepted += realDay(date) ? 1 : 0;
            if (problem != null) {
                failures.add(preview(date) + ": " + problem);
            }
        }
        assertThat(failures.subList(0, Math.min(20, failures.size())))
                .as("%d of %d dates failed; the first 20", failures.size(), INPUTS).isEmpty();
        assertThat(accepted).as("real days among the inputs").isBetween(INPUTS / 20, INPUTS / 2);
    }

    private static String asDate(Cli.Run run, String date) {
        if (run.exitCode() == ExitCodes.BAD_INPUT || run.exitCode() == ExitCodes.INTERNAL_ERROR) {
            return "refused a real day: exit " + run.exitCode() + " " + run.err();
        }
        return run.out().contains(date) ? null : "the report does not show the date";
    }

    private static String refused(Cli.Run run) {
        if (run.exitCode() != ExitCodes.BAD_INPUT) {
            return "exit " + run.exitCode() + " instead of " + ExitCodes.BAD_INPUT + ": " + run.err();
        }
        String err = run.err();
        if (!run.out().isEmpty()) {
            return "printed a report";
        }
        if (!err.contains("--date")) {
            return "the message does not name --date: " + err;
        }
        if (err.contains("Exception") || err.contains("\tat ") || err.contains("at kumo.")) {
            return "a stack trace: " + err;
        }
        if (err.length() > 2_000) {
            return "a message of " + err.length() + " characters";
        }
        for (int i = 0; i < err.length(); i++) {
            char c = err.charAt(i);
            if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\u202E'
                    || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < err.length()
                    && Character.isLowSurrogate(err.charAt(++i))))) {
                return String.format("U+%04X printed raw", (int) c);
            }
        }
        return null;
    }

    private static String generate(Random random) {
        LocalDate day = LocalDate.of(1990 + random.nextInt(60), 1, 1).plusDays(random.nextInt(366));
        String text = day.toString();
        StringBuilder s = new StringBuilder(text);
        switch (random.nextInt(8)) {
            case 0 -> {
                return text;
            }
            case 1 -> s.setCharAt(random.nextInt(s.length()), "0123456789-/ .T:".charAt(random.nextInt(16)));
            case 2 -> s.insert(random.nextInt(s.length() + 1), INSERTS[random.nextInt(INSERTS.length)]);
            case 3 -> s.deleteCharAt(random.nextInt(s.length()));
            case 4 -> {
                return AROUND[random.nextInt(AROUND.length)].replace("%s", text);
            }
            case 5 -> {
                return String.format("%d-%02d-%02d", random.nextInt(120_000) - 10_000, random.nextInt(14),
                        random.nextInt(33));
            }
            case 6 -> {
                return random.nextBoolean() ? text.replace('-', '/') : text.replace("-", "");
            }
            default -> {
                return "2".repeat(1 + random.nextInt(random.nextBoolean() ? 12 : 20_000));
            }
        }
        return s.toString();
    }

    /** The date as Java source would write it, cut to 60 characters. */
    private static String preview(String date) {
        StringBuilder s = new StringBuilder("\"");
        date.chars().limit(60).forEach(c -> s.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return s.append(date.length() > 60 ? "…\"" : "\"").toString();
    }

    /** The oracle: the schema's pattern and a day that exists, checked without kumo's code. */
    private static boolean realDay(String text) {
        if (!PATTERN.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8, 10)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
