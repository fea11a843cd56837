package kumo.application.records.port.out;

import java.time.Instant;
import java.util.List;

import kumo.application.records.Actor;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.NewAssessment;


/** Writes assessments (outgoing port). */
public interface RecordAssessmentPort {

    /**
     * Records an assessment (and creates its system and service rows when missing), links it to the
     * system's latest assessment, with ASSESSMENT_RECORDED (and SYSTEM_/SERVICE_CREATED) audit events.
     *
     * @return the stored summary, {@code previousId} filled in
     */
    AssessmentSummary recordAssessment(NewAssessment assessment, Actor actor, Instant at);

    /**
     * Records several assessments in one transaction, in the given order, each exactly as {@link
     * #recordAssessment} would (an assessment of a system already in the batch links to the one before it):
     * either all are stored or none. For batch runs and bulk loads: one commit instead of one per assessment.
     *
     * @return the stored summaries, in the given order
     */
    List<AssessmentSummary> recordAssessments(List<NewAssessment> assessments, Actor actor, Instant at);
}
