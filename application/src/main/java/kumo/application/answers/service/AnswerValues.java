package kumo.application.answers.service;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import kumo.application.answers.AnswerTexts;
import kumo.application.answers.AnswerType;
import kumo.application.document.Echo;
import kumo.application.document.StrictDates;
import kumo.application.document.Violation;

/**
 * The one reading of an answer cell, whichever form it came in: a raw value — {@code null} (blank), a {@link
 * String}, a {@link Double} (a number), a {@link Boolean}, a {@link LocalDate} (a date cell) or a list of strings
 * (a JSON array) — becomes the typed value its {@link AnswerType} takes, or a problem naming where it is. Words,
 * digits and codes are read after Unicode NFKC normalisation (full-width ＪＰ and ２４ are JP and 24); free text is
 * kept exactly as given.
 */
final class AnswerValues {

    /** "none" (なし) in a kind that takes it. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "none";
        }
    };

    /** The most characters a text answer may have (the request format's own limit). */
    static final int MAX_TEXT = 100_000;

    private static final Set<String> YES = Set.of("はい", "yes", "y", "true", "○");
    private static final Set<String> NO = Set.of("いいえ", "no", "n", "false", "×");
    private static final Set<String> UNKNOWN = Set.of("不明", "unknown");
    private static final Set<String> NONE_WORDS = Set.of("なし", "無し", "none");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,、;/]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final double MAX_NUMBER = 1_000_000;

    private final List<Violation> problems;

    /** Problems found are added to {@code problems}. */
    AnswerValues(List<Violation> problems) {
        this.problems = problems;
    }

    /** The typed value, {@code null} for unknown (blank) or after a problem was added. */
    Object read(AnswerType type, List<String> choices, Object raw, Where at) {
        if (raw instanceof String s && (s.isBlank() || UNKNOWN.contains(word(s)))) {
            return null;
        }
        if (raw == null) {
            return null;
        }
        return switch (type) {
            case YES_NO, LIST -> yesNo(raw, at);
            case HOURS -> number(raw, at, false, MAX_NUMBER, false);
            case HOURS_OR_NONE -> number(raw, at, true, MAX_NUMBER, false);
            case DAYS -> number(raw, at, false, Integer.MAX_VALUE, true);
            case DAYS_OR_NONE -> number(raw, at, true, Integer.MAX_VALUE, true);
            case PERCENT_OR_NONE -> number(raw, at, true, 100, false);
            case COUNTRIES -> countries(raw, at, false);
            case COUNTRIES_OR_NONE -> countries(raw, at, true);
            case DATE -> date(raw, at);
            case TEXT -> text(raw, at);
            case CHOICE -> choice(raw, choices, at);
            case CHOICES -> choices(raw, choices, at);
        };
    }

    private Object yesNo(Object raw, Where at) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof String s) {
            String w = word(s);
            if (YES.contains(w)) {
                return Boolean.TRUE;
            }
            if (NO.contains(w)) {
                return Boolean.FALSE;
            }
        }
        return problem("problem.yesNo", "yesNo", at, raw);
    }

    private Object number(Object raw, Where at, boolean noneAllowed, double max, boolean whole) {
        String key = whole ? "problem.integer" : max == 100 ? "problem.percent" : "problem.number";
        String code = whole ? "integer" : max == 100 ? "percent" : "number";
        BigDecimal value;
        if (raw instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return problem(key, code, at, raw);
            }
            value = BigDecimal.valueOf(d);
        } else if (raw instanceof String s) {
            String w = word(s);
            if (NONE_WORDS.contains(w)) {
                return noneAllowed ? NONE : problem(key, code, at, raw);
            }
            try {
                value = new BigDecimal(w);
            } catch (NumberFormatException e) {
                return problem(key, code, at, raw);
            }
        } else {
            return problem(key, code, at, raw);
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return problem(key, code, at, raw);
        }
        if (whole) {
            if (value.stripTrailingZeros().scale() > 0) {
                return problem(key, code, at, raw);
            }
            return value.intValueExact();
        }
        return value.doubleValue();
    }

    private Object countries(Object raw, Where at, boolean noneAllowed) {
        List<String> parts = parts(raw);
        if (parts == null) {
            return problem("problem.country", "countryCode", at, raw);
        }
        if (parts.size() == 1 && NONE_WORDS.contains(word(parts.get(0)))) {
            return noneAllowed ? List.of() : problem("problem.country", "countryCode", at, raw);
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String part : parts) {
            String code = normal(part).toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(code).matches()) {
                return problem("problem.country", "countryCode", at, part);
            }
            codes.add(code);
        }
        return List.copyOf(codes);
    }

    private Object date(Object raw, Where at) {
        if (raw instanceof LocalDate d) {
            return d;
        }
        if (raw instanceof String s) {
            try {
                return StrictDates.parse(normal(s));
            } catch (DateTimeParseException e) {
                return problem("problem.date", "date", at, raw);
            }
        }
        return problem("problem.date", "date", at, raw);
    }

    private Object text(Object raw, Where at) {
        String s;
        if (raw instanceof String text) {
            s = text.strip();
        } else if (raw instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            // an identifier typed into a number cell (a registration number): its digits, without ".0"
            s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        } else {
            return problem("problem.text", "text", at, raw);
        }
        if (s.length() > MAX_TEXT) {
            problems.add(new Violation(at.path(), "tooLong",
                    AnswerTexts.of("problem.tooLong", at.label(), at.row(), at.cell(), MAX_TEXT)));
            return null;
        }
        return s;
    }

    private Object choice(Object raw, List<String> choices, Where at) {
        if (raw instanceof String s) {
            String value = normal(s).toUpperCase(Locale.ROOT);
            if (choices.contains(value)) {
                return value;
            }
        }
        return choiceProblem(raw, choices, at);
    }

    private Object choices(Object raw, List<String> choices, Where at) {
        List<String> parts = parts(raw);
        if (parts == null) {
            return choiceProblem(raw, choices, at);
        }
        Set<String> values = new LinkedHashSet<>();
        for (String part : parts) {
            String value = normal(part).toUpperCase(Locale.ROOT);
            if (!choices.contains(value)) {
                return choiceProblem(part, choices, at);
            }
            values.add(value);
        }
        return List.copyOf(values);
    }

    private Object choiceProblem(Object raw, List<String> choices, Where at) {
        problems.add(new Violation(at.path(), "choice", AnswerTexts.of("problem.choice", at.label(), at.row(), at.cell(),
                echo(raw), String.join(", ", choices))));
        return null;
    }

    /** A string split at commas, 、, semicolons, slashes and spaces, or a JSON array's strings; else {@code null}. */
    private static List<String> parts(Object raw) {
        if (raw instanceof String s) {
            List<String> parts = new ArrayList<>();
            for (String p : SEPARATORS.split(normal(s).strip())) {
                if (!p.isEmpty()) {
                    parts.add(p);
                }
            }
            return parts.isEmpty() ? null : parts;
        }
        if (raw instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof String s)) {
                    return null;
                }
                parts.add(s);
            }
            return parts;
        }
        return null;
    }

    private Object problem(String key, String code, Where at, Object raw) {
        problems.add(new Violation(at.path(), code, AnswerTexts.of(key, at.label(), at.row(), at.cell(), echo(raw))));
        return null;
    }

    /** The found value as a message shows it: cut, control characters made visible. */
    static String echo(Object raw) {
        return Echo.brief(raw instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : String.valueOf(raw));
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    private static String word(String s) {
        return normal(s).toLowerCase(Locale.ROOT);
    }
}
