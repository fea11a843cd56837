package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.DataLocations;

/**
 * LAW-01: every place the city's data can be — backups and data inside servers included — is in
 * Japan (§4(2) 国内データセンター; §2イ note on 実施場所; 別紙).
 */
final class Law01DataCentresInJapan implements Rule {

    @Override
    public String id() {
        return "LAW-01";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        DataLocations d = c.service().dataLocations();
        RuleResult.Builder r = RuleResult.builder()
                .fact("dataLocations.countries", d.countries())
                .fact("dataLocations.backupCountries", d.backupCountries());
        Boolean inJapan = d.allInJapan();
        if (inJapan == null) {
            if (d.countries() == null || d.countries().isEmpty()) {
                r.reason("reason.fact.unknown", "@fact.dataLocations.countries");
            }
            if (d.backupCountries() == null) {
                r.reason("reason.fact.unknown", "@fact.dataLocations.backupCountries");
            }
            return r.unknown(null);
        }
        return inJapan ? r.met("LAW-01.allInJapan") : r.notMet("LAW-01.abroad");
    }
}
