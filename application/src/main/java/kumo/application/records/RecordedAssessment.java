package kumo.application.records;

import kumo.application.document.result.AssessmentResultDocument;

/** An assessment just made and recorded: its stored summary and the result shown to the user. */
public record RecordedAssessment(AssessmentSummary summary, AssessmentResultDocument result) {
}
