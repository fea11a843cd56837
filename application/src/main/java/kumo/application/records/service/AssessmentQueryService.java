package kumo.application.records.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import kumo.application.document.Documents;
import kumo.application.records.AssessmentDiff;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.AssessmentQuery;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.ExpiringEvidence;
import kumo.application.records.Page;
import kumo.application.records.PageRequest;
import kumo.application.records.Recorded;
import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;
import kumo.application.records.port.in.DiffAssessmentsUseCase;
import kumo.application.records.port.in.FindExpiringEvidenceUseCase;
import kumo.application.records.port.in.ListAssessmentsUseCase;
import kumo.application.records.port.in.ShowAssessmentUseCase;
import kumo.application.records.port.in.ShowSystemHistoryUseCase;
import kumo.application.records.port.out.LoadAssessmentPort;
import kumo.application.records.port.out.LoadExpiringEvidencePort;
import kumo.application.records.port.out.LoadSystemHistoryPort;

/** Reading what was recorded: one assessment, listings, the difference of two, expiring evidence, a system's history. */
public final class AssessmentQueryService implements ShowAssessmentUseCase, ListAssessmentsUseCase,
        DiffAssessmentsUseCase, FindExpiringEvidenceUseCase, ShowSystemHistoryUseCase {

    private final LoadAssessmentPort assessments;
    private final LoadExpiringEvidencePort expiring;
    private final LoadSystemHistoryPort history;
    private final AssessmentDiffer differ;
    private final StoreClock clock;

    public AssessmentQueryService(LoadAssessmentPort assessments, LoadExpiringEvidencePort expiring,
            LoadSystemHistoryPort history, Documents documents, Clock clock) {
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.expiring = Objects.requireNonNull(expiring, "expiring");
        this.history = Objects.requireNonNull(history, "history");
        this.differ = new AssessmentDiffer(Objects.requireNonNull(documents, "documents"));
        this.clock = new StoreClock(clock);
    }

    @Override
    public Optional<AssessmentRecord> find(String id) {
        return id == null ? Optional.empty() : assessments.findAssessment(id);
    }

    @Override
    public Page<AssessmentSummary> list(AssessmentQuery query, PageRequest page) {
        return assessments.listAssessments(query == null ? AssessmentQuery.all() : query,
                Objects.requireNonNull(page, "page"));
    }

    @Override
    public AssessmentDiff diff(String firstId, String secondId) {
        AssessmentRecord first = found(firstId);
        AssessmentRecord second = found(secondId);
        if (!first.summary().systemId().equals(second.summary().systemId())) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.diff.differentSystems", firstId,
                    first.summary().systemId(), secondId, second.summary().systemId());
        }
        Comparator<AssessmentRecord> byRecorded = Comparator
                .comparing((AssessmentRecord a) -> a.summary().recordedAt())
                .thenComparing(a -> a.summary().id());
        return byRecorded.compare(first, second) <= 0 ? differ.diff(first, second) : differ.diff(second, first);
    }

    private AssessmentRecord found(String id) {
        return find(id).orElseThrow(() -> StoreTexts.error(StoreException.Reason.NOT_FOUND,
                "store.notFound", "@store.kind.ASSESSMENT", id));
    }

    @Override
    public List<ExpiringEvidence> expiringWithin(int days) {
        if (days < 0) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.expiring.negativeDays", days);
        }
        return expiring.evidenceExpiringBy(clock.today().plusDays(days));
    }

    @Override
    public List<Recorded<AssessmentIndex.RiskDecisionRow>> riskDecisions(String systemId) {
        return history.riskDecisions(Objects.requireNonNull(systemId, "systemId"));
    }

    @Override
    public List<Recorded<AssessmentIndex.ConsultationRow>> consultations(String systemId) {
        return history.consultations(Objects.requireNonNull(systemId, "systemId"));
    }
}
