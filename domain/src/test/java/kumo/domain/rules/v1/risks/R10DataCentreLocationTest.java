package kumo.domain.rules.v1.risks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.rules.v1.risks.RiskTesting.Case;
import kumo.domain.testdata.Services;

/** R10 §3(10) 「データセンターの所在」: mitigated by every data location known and in Japan: offered when data and backups are in Japan, lacking when the backups are abroad, unknown while the backups' countries are. */
class R10DataCentreLocationTest implements MitigatedRiskContract {

    @Override
    public String id() {
        return "R10";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return offered == null ? service.dataInJapan().backupLocationsUnknown()
                : offered ? service.dataInJapan() : service.dataIn("JP").backupsIn("JP", "US");
    }

    @Test
    void runningDataAbroadLacksTheCapabilityToo() {
        Case c = Case.complete();
        c.service().dataIn("US").backupsIn("JP");
        assertThat(assess(c).capabilityOffered()).isFalse();
    }

    @Test
    void anUnknownRunningDataLocationLeavesTheCapabilityUnknown() {
        Case c = Case.complete();
        c.service().dataLocationsUnknown().backupsIn("JP");
        assertThat(assess(c).capabilityOffered()).isNull();
    }
}
