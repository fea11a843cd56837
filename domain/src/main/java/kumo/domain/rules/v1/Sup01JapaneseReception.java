package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** SUP-01: Reception in Japanese, weekdays 9:00–18:00 JST (§5 1.2). */
final class Sup01JapaneseReception implements Rule {

    @Override
    public String id() {
        return "SUP-01";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("support.japaneseReceptionWeekdays", c.service().support().japaneseReceptionWeekdays());
    }
}
