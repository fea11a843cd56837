package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** SUP-04: Technical support reachable from every account (§5 1.2). */
final class Sup04SupportFromEveryAccount implements Rule {

    @Override
    public String id() {
        return "SUP-04";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("support.availableFromEveryAccount", c.service().support().availableFromEveryAccount());
    }
}
