package kumo.application.assess;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.LocalizedText;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.CompactResultDocument;
import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.Assessor;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;

/** {@link AssessUseCase} over the domain {@link Assessor}: validate, map to the domain, assess, render. */
public final class AssessService implements AssessUseCase {

    private final Catalogue catalogue;
    private final Assessor assessor;
    private final Documents documents;

    /** With {@link Documents#create()} (Bean Validation through the default provider on the class path). */
    public AssessService(Catalogue catalogue) {
        this(catalogue, Documents.create());
    }

    public AssessService(Catalogue catalogue, Documents documents) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.assessor = new Assessor(catalogue);
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    @Override
    public AssessmentResultDocument assess(AssessmentRequestDocument request, LocalDate today) {
        AssessmentRequestDocument valid = documents.validate(request);
        return AssessmentResultDocument.from(evaluate(valid, today), catalogue, Documents.sha256(request), follows(valid));
    }

    /** Builds the compact form straight from the assessment, without the full bilingual document. */
    @Override
    public CompactResultDocument assessCompact(AssessmentRequestDocument request, LocalDate today, Language language) {
        return compact(documents.validate(request), today, language);
    }

    /** Read from JSON, the request is validated once, by {@link Documents#readRequest}. */
    @Override
    public CompactResultDocument assessCompact(InputStream json, LocalDate today, Language language) {
        return compact(documents.readRequest(json), today, language);
    }

    private CompactResultDocument compact(AssessmentRequestDocument valid, LocalDate today, Language language) {
        return CompactResultDocument.from(evaluate(valid, today), catalogue, Documents.sha256(valid), follows(valid), language);
    }

    /** The assessment a re-assessment follows, echoed in the result (request format 2); else {@code null}. */
    private static AssessmentResultDocument.FollowsRecord follows(AssessmentRequestDocument request) {
        return request.follows() == null ? null
                : new AssessmentResultDocument.FollowsRecord(request.follows().assessmentId(), request.follows().reason());
    }

    /** Assesses a request already validated. */
    private Assessment evaluate(AssessmentRequestDocument request, LocalDate today) {
        if (request.catalogueVersion() != null && !request.catalogueVersion().equals(catalogue.version())) {
            throw new InvalidDocumentException(List.of(new Violation("$.catalogueVersion", "catalogueVersion",
                    new LocalizedText("この評価サービスの要件カタログは第" + catalogue.version() + "版です（指定値：\""
                            + request.catalogueVersion() + "\"）",
                            "this assessment service uses catalogue version " + catalogue.version() + " (found \""
                                    + request.catalogueVersion() + "\")"))));
        }
        LocalDate date = request.assessmentDateOr(Objects.requireNonNull(today, "today"));
        AssessmentRequestDocument.DomainInput input = request.toDomain();
        return assessor.assess(input.system(), input.service(), input.plan(), date);
    }

    @Override
    public AssessmentResultDocument assess(InputStream json, LocalDate today) {
        // validated once, by readRequest
        AssessmentRequestDocument valid = documents.readRequest(json);
        return AssessmentResultDocument.from(evaluate(valid, today), catalogue, Documents.sha256(valid), follows(valid));
    }
}
