package kumo.application.answers;

/**
 * What a cell of the vendor answer sheet takes. A blank cell is always unknown, never "no"; the {@code _OR_NONE}
 * kinds also take "none" (なし), which states that the vendor offers nothing of the kind.
 */
public enum AnswerType {
    /** yes / no (はい / いいえ), or a boolean cell. */
    YES_NO,
    /** hours, a number of 0 or more. */
    HOURS,
    /** hours, or "none": no objective is set (the rule reads it as not stated). */
    HOURS_OR_NONE,
    /** days, a whole number of 0 or more. */
    DAYS,
    /** days, or "none": no notice is given (0 days). */
    DAYS_OR_NONE,
    /** a percentage 0–100, or "none": no service level is offered. */
    PERCENT_OR_NONE,
    /** ISO 3166-1 alpha-2 country codes. */
    COUNTRIES,
    /** country codes, or "none": the service keeps no such data. */
    COUNTRIES_OR_NONE,
    /** a date, YYYY-MM-DD or a date cell. */
    DATE,
    /** free text. */
    TEXT,
    /** one of the question's choices (an enum constant of the profile). */
    CHOICE,
    /** any of the question's choices, separated by commas. */
    CHOICES,
    /** yes: listed in the table's own sheet; no: none held. */
    LIST
}
