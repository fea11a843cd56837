package kumo.application.records.port.in;

import java.util.Optional;

import kumo.application.records.AssessmentRecord;


/** Shows one recorded assessment (incoming port). */
public interface ShowAssessmentUseCase {

    /** The assessment under {@code id}, request and result as recorded; empty for none (or a {@code null} id). */
    Optional<AssessmentRecord> find(String id);
}
