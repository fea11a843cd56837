package kumo.application.records.port.in;

import kumo.application.records.AssessmentDiff;



/** Compares two recorded assessments of one system (incoming port). */
public interface DiffAssessmentsUseCase {

    /**
     * What changed from one assessment of a system to another (given in either order; the older by
     * recorded time comes first in the result).
     *
     * @throws kumo.application.records.StoreException NOT_FOUND for an unknown id; INVALID when they are of
     *                                                 different systems
     */
    AssessmentDiff diff(String firstId, String secondId);
}
