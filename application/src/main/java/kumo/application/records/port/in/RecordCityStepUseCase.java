package kumo.application.records.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import kumo.application.records.Actor;
import kumo.application.records.CityStep;
import kumo.application.records.RecordedAssessment;

/**
 * Records one of the city's steps on a stored assessment (incoming port): the stored request with the step
 * written into its plan, assessed again on the step's date and recorded as the system's next assessment,
 * {@code follows} the one it was taken on (format-2 requests; a format-1 request stays format 1 and is linked
 * by the store alone, as format 1 has no {@code follows}).
 */
public interface RecordCityStepUseCase {

    /**
     * @return the new assessment
     * @throws kumo.application.records.StoreException NOT_FOUND when no assessment is stored under the id;
     *         {@link kumo.application.records.StaleAssessmentException} (CONFLICT) when the system's latest
     *         assessment is not the expected one by the time of the write; nothing is written then
     * @throws kumo.application.document.InvalidDocumentException when the step is not usable: an unknown
     *         decision field at {@code $.field}, else the re-assessed request's violations at their paths in
     *         it (e.g. {@code $.plan.riskDecisions[0].riskId})
     */
    RecordedAssessment record(StepToRecord step, Actor actor);

    /**
     * Records several steps in order: the first is taken on its {@code assessmentId} (expecting its {@code
     * expectedLatestId}, else that assessment, to be the system's latest), each later one on the assessment the
     * one before it recorded (their {@code assessmentId} is not used, and they may not name an {@code
     * expectedLatestId}). Every step is checked first, on the request the steps before it give: if any is not
     * usable, nothing is written. They are then recorded one after the other, each with the optimistic check; a
     * store failure or a conflict part-way leaves the steps before it recorded (each a complete re-assessment).
     *
     * @return the new assessments, in the order of the steps
     * @throws kumo.application.document.InvalidDocumentException with every problem of every step, each at its
     *         place in a {@code city-steps/1} document: {@code $.steps[1].riskDecision.riskId}, {@code
     *         $.steps[0].field}, {@code $.steps[2].on}…; nothing is written then
     * @throws kumo.application.records.StoreException NOT_FOUND, or a {@link
     *         kumo.application.records.StaleAssessmentException}, as {@link #record}
     */
    List<RecordedAssessment> recordAll(List<StepToRecord> steps, Actor actor);

    /**
     * One step to record.
     *
     * @param assessmentId     the stored assessment the step is taken on
     * @param expectedLatestId the system's latest assessment as the caller saw it; {@code null}: {@code
     *                         assessmentId} (a step is normally taken on the latest assessment)
     * @param step             the step
     * @param on               the date of the re-assessment, and of the step where it names none; {@code null}: today
     * @param reason           why the assessment is redone, for {@code follows.reason}; {@code null}: names the step
     */
    record StepToRecord(String assessmentId, String expectedLatestId, CityStep step, LocalDate on, String reason) {

        public StepToRecord {
            Objects.requireNonNull(step, "step");
        }

        /** A step taken today on the latest assessment {@code assessmentId}. */
        public static StepToRecord on(String assessmentId, CityStep step) {
            return new StepToRecord(assessmentId, null, step, null, null);
        }
    }
}
