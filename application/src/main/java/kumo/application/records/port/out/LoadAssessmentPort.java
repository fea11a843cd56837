package kumo.application.records.port.out;

import java.util.Optional;

import kumo.application.records.AssessmentQuery;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.Page;
import kumo.application.records.PageRequest;


/** Reads recorded assessments (outgoing port). */
public interface LoadAssessmentPort {

    Optional<AssessmentRecord> findAssessment(String id);

    /** Newest first (recorded time, then id descending). */
    Page<AssessmentSummary> listAssessments(AssessmentQuery query, PageRequest page);
}
