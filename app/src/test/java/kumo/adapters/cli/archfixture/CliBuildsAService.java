package kumo.adapters.cli.archfixture;

import kumo.application.assess.AssessService;
import kumo.application.assess.AssessUseCase;
import kumo.domain.catalogue.Catalogue;

/** Breaks ADAPTERS_USE_PORTS_NOT_SERVICES: an adapter constructing a service. Test-only fixture. */
public class CliBuildsAService {

    public AssessUseCase assess(Catalogue catalogue) {
        return new AssessService(catalogue);
    }
}
