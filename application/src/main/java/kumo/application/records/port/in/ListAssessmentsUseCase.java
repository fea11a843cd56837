package kumo.application.records.port.in;

import kumo.application.records.AssessmentQuery;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.Page;
import kumo.application.records.PageRequest;



/** Lists recorded assessments (incoming port). */
public interface ListAssessmentsUseCase {

    /** Newest first; {@code query} {@code null}: all of them. */
    Page<AssessmentSummary> list(AssessmentQuery query, PageRequest page);
}
