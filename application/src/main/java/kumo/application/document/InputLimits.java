package kumo.application.document;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * How large a value of an incoming document may be. Jackson's defaults (20,000,000 characters in a
 * string, 1,000 digits in a number, 1,000 levels of nesting) fit no kumo document: the longest text a
 * request carries is a rationale or a summary of views, the largest number is 1,000,000 hours, and a
 * request nests six levels (a store export embedding it, nine). These limits leave wide room above
 * that and refuse the rest early, before it is held in memory.
 */
final class InputLimits {

    /** Characters (UTF-16 units) in one string value: about fifty pages of Japanese text. */
    static final int MAX_STRING_LENGTH = 100_000;

    /** Characters in one field name: every name the formats know is shorter than 40. */
    static final int MAX_NAME_LENGTH = 1_000;

    /** Characters in one number, digits, sign, point and exponent together. */
    static final int MAX_NUMBER_LENGTH = 100;

    /** Levels of objects and arrays inside one another. */
    static final int MAX_NESTING_DEPTH = 100;

    /**
     * Bytes in one line of JSON Lines input ({@link JsonLines}), the line break not counted: the same as the
     * JSON API's largest request body, some fifty times the largest example request written on one line.
     */
    static final int MAX_LINE_BYTES = 1_000_000;

    private InputLimits() {
    }

    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build();
    }
}
