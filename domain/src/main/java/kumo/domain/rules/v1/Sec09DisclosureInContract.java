package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.service.SecurityTerms;

/**
 * SEC-09: the items and scope the provider discloses on the city's request are stated in the
 * contract; confidential disclosures are obtained under an NDA or equivalent (§2エ note; 「必要な情報を
 * 講じた上で」 read as 必要な措置).
 */
final class Sec09DisclosureInContract implements Rule {

    @Override
    public String id() {
        return "SEC-09";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        SecurityTerms s = c.service().security();
        RuleResult.Builder r = RuleResult.builder()
                .fact("security.disclosureItemsInContract", s.disclosureItemsInContract())
                .fact("security.ndaAvailable", s.ndaAvailable());
        Status status = Checks.all(s.disclosureItemsInContract(), s.ndaAvailable());
        return switch (status) {
            case MET -> r.met("SEC-09.stated");
            case NOT_MET -> r.notMet(Boolean.FALSE.equals(s.disclosureItemsInContract())
                    ? "SEC-09.noDisclosureTerms" : "SEC-09.noNda");
            default -> r.unknown(s.disclosureItemsInContract() == null
                    ? "SEC-09.disclosureUnknown" : "SEC-09.ndaUnknown");
        };
    }
}
