package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** SEC-01: Access logs and other evidence trails are kept and provided (§2エ). */
final class Sec01AccessLogsProvided implements Rule {

    @Override
    public String id() {
        return "SEC-01";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("security.accessLogsProvided", c.service().security().accessLogsProvided());
    }
}
