package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** EXIT-08: Main and sub centres at two or more separate sites (別紙 推奨事項). */
final class Exit08SeparateSites implements Rule {

    @Override
    public String id() {
        return "EXIT-08";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("continuity.geographicallySeparateSites", c.service().continuity().geographicallySeparateSites());
    }
}
