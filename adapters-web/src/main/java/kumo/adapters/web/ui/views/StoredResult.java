package kumo.adapters.web.ui.views;

import java.util.Optional;

import kumo.adapters.web.WebWiring;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.AssessmentSummary;
import kumo.application.view.ResultView;

/**
 * A stored assessment ready to lay out: its listing columns, its request as recorded (not validated again: it
 * was valid when recorded), its result, and the one result view every front door shows.
 */
public record StoredResult(AssessmentSummary summary, AssessmentRequestDocument request,
        AssessmentResultDocument result, ResultView view) {

    /** The stored assessment {@code id}; empty when there is none. */
    public static Optional<StoredResult> find(WebWiring wiring, String id) {
        return wiring.store().showAssessment().find(id).map(stored -> of(wiring, stored));
    }

    static StoredResult of(WebWiring wiring, AssessmentRecord stored) {
        try {
            AssessmentRequestDocument request = wiring.documents().objectMapper()
                    .readValue(stored.requestJson(), AssessmentRequestDocument.class);
            AssessmentResultDocument result = wiring.documents().readResult(stored.resultJson());
            return new StoredResult(stored.summary(), request, result, ResultView.of(result, wiring.catalogue()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored assessment " + stored.summary().id() + " cannot be read", e);
        }
    }

    /** The system's name as the request gives it, else its key. */
    public String systemName() {
        String name = request.system() == null ? null : request.system().name();
        return name != null ? name : summary.systemId();
    }

    /** The system's department, or {@code null}. */
    public String department() {
        return request.system() == null ? null : request.system().department();
    }

    /** The service's name as the request gives it, else its key. */
    public String serviceName() {
        String name = request.service() == null ? null : request.service().name();
        return name != null ? name : summary.serviceId();
    }

    /** The service's provider, or {@code null}. */
    public String provider() {
        return request.service() == null ? null : request.service().provider();
    }
}
