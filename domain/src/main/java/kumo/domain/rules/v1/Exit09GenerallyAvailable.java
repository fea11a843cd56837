package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** EXIT-09: The service is generally available, not beta or preview (別紙). */
final class Exit09GenerallyAvailable implements Rule {

    @Override
    public String id() {
        return "EXIT-09";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("service.generallyAvailable", c.service().generallyAvailable());
    }
}
