package kumo.application.document;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Dates as the published schemas write them: exactly {@code YYYY-MM-DD} (the schemas' own pattern
 * {@value #PATTERN}), and a day that exists in the calendar. No spaces, no time, no sign, no
 * five-digit year, no {@code 2026-02-30}. Used for every date a document carries and for the CLI's
 * {@code --date}, so that a date is read the same way everywhere.
 */
public final class StrictDates {

    /** The pattern every date of the published schemas has. */
    public static final String PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    // 'uuuu' (proleptic year) with STRICT resolution: 2026-02-30 is refused rather than moved to 02-28
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private StrictDates() {
    }

    /**
     * The date {@code text} names.
     *
     * @throws DateTimeParseException when {@code text} is not exactly {@code YYYY-MM-DD} or names no day of the calendar
     */
    public static LocalDate parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw new DateTimeParseException("not a date of the form YYYY-MM-DD", text == null ? "" : text, 0);
        }
        try {
            return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeException e) {
            throw new DateTimeParseException("no such day in the calendar", text, 0);
        }
    }

    /** Reads a {@link LocalDate} from a JSON string with {@link #parse}; any other JSON type is the wrong type. */
    static final class Deserializer extends StdScalarDeserializer<LocalDate> {

        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, e.getMessage());
            }
        }
    }
}
