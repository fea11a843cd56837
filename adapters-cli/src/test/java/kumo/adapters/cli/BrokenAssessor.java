package kumo.adapters.cli;

import java.io.InputStream;
import java.time.LocalDate;

import kumo.application.assess.AssessUseCase;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;

/** A use case with a bug in it: every assessment throws, so tests can see how the CLI reports internal errors. */
final class BrokenAssessor implements AssessUseCase {

    static final String MESSAGE = "the assessor fell over";

    @Override
    public AssessmentResultDocument assess(AssessmentRequestDocument request, LocalDate today) {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public AssessmentResultDocument assess(InputStream json, LocalDate today) {
        throw new IllegalStateException(MESSAGE);
    }
}
