package kumo.application.records.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kumo.application.assess.AssessUseCase;
import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.AssessmentAgreement;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.StoreTexts;
import kumo.application.records.audit.AuditVerification;
import kumo.application.records.audit.Rederivation;
import kumo.application.records.audit.RecordVerifier;
import kumo.application.records.audit.StoredAssessment;

/**
 * Re-derives an assessment row from its stored documents: the request and result must read by their formats,
 * the result must have been made from the request and say what the verdict, catalogue and date columns say
 * ({@link AssessmentAgreement}), the derived rows must be what the request gives ({@link AssessmentIndexer}), and
 * assessing the stored request again on the stored date must give the stored verdict when the catalogue is
 * the same version (a result edited together with its SHA-256 is caught here). A result made with another
 * catalogue version is not re-assessed.
 */
public final class AssessmentRederivation implements Rederivation {

    private final Documents documents;
    private final AssessmentIndexer indexer;
    private final AssessUseCase assess;

    public AssessmentRederivation(Documents documents, AssessmentIndexer indexer, AssessUseCase assess) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.assess = Objects.requireNonNull(assess, "assess");
    }

    @Override
    public List<AuditVerification.Problem> check(StoredAssessment row) {
        List<AuditVerification.Problem> problems = new ArrayList<>();
        String id = row.id();
        AssessmentRequestDocument request = read(() -> documents.readRequest(row.requestJson()));
        if (request == null) {
            problems.add(problem(RecordVerifier.ASSESSMENT_TABLE, id, RecordVerifier.DOCUMENT_MISMATCH,
                    "store.verify.documentUnreadable", "request_json"));
        }
        AssessmentResultDocument result = row.resultJson() == null ? null
                : read(() -> documents.readResult(row.resultJson()));
        if (row.resultJson() != null && result == null) {
            problems.add(problem(RecordVerifier.ASSESSMENT_TABLE, id, RecordVerifier.DOCUMENT_MISMATCH,
                    "store.verify.documentUnreadable", "result_gzip"));
        }
        if (request == null || row.summary() == null) {
            return problems;
        }
        AssessmentSummary s = row.summary();
        if (result != null) {
            for (AssessmentAgreement.Disagreement d : AssessmentAgreement.check(s.verdict(), s.catalogueVersion(),
                    s.assessmentDate(), request, result)) {
                problems.add(problem(RecordVerifier.ASSESSMENT_TABLE, id, RecordVerifier.DERIVED_MISMATCH,
                        "store.verify.derived." + d.name()));
            }
        }
        if (row.index() != null) {
            AssessmentIndex derived = indexer.index(request);
            if (!derived.riskDecisions().equals(row.index().riskDecisions())) {
                problems.add(derivedRows("risk_decision", id));
            }
            if (!derived.consultations().equals(row.index().consultations())) {
                problems.add(derivedRows("consultation", id));
            }
            if (!derived.evidence().equals(row.index().evidence())) {
                problems.add(derivedRows("evidence_expiry", id));
            }
        }
        if (result != null && result.verdict() != null) {
            AssessmentResultDocument again = read(() -> assess.assess(request, s.assessmentDate()));
            if (again != null && Objects.equals(again.catalogueVersion(), result.catalogueVersion())
                    && !result.verdict().code().equals(again.verdict() == null ? null : again.verdict().code())) {
                problems.add(problem(RecordVerifier.ASSESSMENT_TABLE, id, RecordVerifier.REASSESSMENT_MISMATCH,
                        "store.verify.reassessed", result.verdict().code(),
                        again.verdict() == null ? "-" : again.verdict().code()));
            }
        }
        return problems;
    }

    private static AuditVerification.Problem derivedRows(String table, String id) {
        return problem(table, id, RecordVerifier.DERIVED_MISMATCH, "store.verify.derivedRows", table);
    }

    private static AuditVerification.Problem problem(String table, String key, String kind, String textKey,
            Object... args) {
        return new AuditVerification.Problem(table, key, kind, StoreTexts.of(textKey, args));
    }

    /** A document read (or made) by {@code reading}; {@code null} when it cannot be. */
    private static <T> T read(java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
