package kumo.application.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Assessments (part of {@link Store}). */
public interface AssessmentStore {

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

    Optional<AssessmentRecord> findAssessment(String id);

    /** Newest first (recorded time, then id descending). */
    Page<AssessmentSummary> listAssessments(AssessmentQuery query, PageRequest page);

    /**
     * Evidence of each system's latest assessment whose last usable day is on or before {@code limit},
     * soonest first.
     */
    List<ExpiringEvidence> evidenceExpiringBy(LocalDate limit);

    /** The risk decisions the system's assessments recorded, oldest assessment first. */
    List<Recorded<AssessmentIndex.RiskDecisionRow>> riskDecisions(String systemId);

    /** The consultations the system's assessments recorded, oldest assessment first. */
    List<Recorded<AssessmentIndex.ConsultationRow>> consultations(String systemId);

    /** A derived row with the assessment that recorded it. */
    record Recorded<T>(String assessmentId, T row) {
    }
}
