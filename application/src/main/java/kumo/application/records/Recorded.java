package kumo.application.records;

/** A row derived from an assessment (a risk decision, a consultation), with the assessment that recorded it. */
public record Recorded<T>(String assessmentId, T row) {
}
