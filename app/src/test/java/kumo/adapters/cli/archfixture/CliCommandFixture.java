package kumo.adapters.cli.archfixture;

import java.time.LocalDate;

import kumo.application.assess.AssessUseCase;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.port.in.StoreSession;

/** Breaks no rule: an adapter using a use-case interface and the documents. Test-only fixture. */
public class CliCommandFixture {

    public String name() {
        return "assess";
    }

    public AssessmentResultDocument run(AssessUseCase assess, AssessmentRequestDocument request, LocalDate today) {
        return assess.assess(request, today);
    }

    public String where(StoreSession.Sessions stores) {
        return stores.at(null).location().toString();
    }
}
