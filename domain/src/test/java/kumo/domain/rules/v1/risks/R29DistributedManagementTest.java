package kumo.domain.rules.v1.risks;

import static kumo.domain.rules.v1.risks.RiskContract.has;
import static kumo.domain.rules.v1.risks.RiskTesting.decision;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.RiskEntry;
import kumo.domain.assessment.RiskState;
import kumo.domain.plan.Treatment;
import kumo.domain.rules.v1.risks.RiskTesting.Case;

/**
 * R29 §3(29) 「分散管理」: mitigated when where the data is can be determined: the countries of the
 * running data and of the backups are both known, in Japan or not. Known is never FALSE: an unknown
 * location leaves the capability unknown.
 */
class R29DistributedManagementTest implements DecidedRiskContract {

    @Override
    public String id() {
        return "R29";
    }

    private static Case locations(String[] running, String[] backups) {
        Case c = Case.complete();
        if (running == null) {
            c.service().dataLocationsUnknown();
        } else {
            c.service().dataIn(running);
        }
        if (backups == null) {
            c.service().backupLocationsUnknown();
        } else {
            c.service().backupsIn(backups);
        }
        return c;
    }

    @Test
    void kumoProposesMitigationWhenEveryLocationIsKnownEvenAbroad() {
        for (Case c : new Case[] {locations(new String[] {"JP"}, new String[] {"JP"}),
                locations(new String[] {"JP"}, new String[] {"US"}), locations(new String[] {"SG"}, new String[] {"SG"})}) {
            RiskEntry r = assess(c);
            assertThat(r.capabilityOffered()).isTrue();
            assertThat(r.state()).isEqualTo(RiskState.PROPOSED);
            assertThat(has(r, "risk.proposeMitigate")).isTrue();
        }
    }

    @Test
    void undecidedWhileTheBackupsLocationIsUnknown() {
        RiskEntry r = assess(locations(new String[] {"JP"}, null));
        assertThat(r.capabilityOffered()).isNull();
        assertThat(r.state()).isEqualTo(RiskState.UNDECIDED);
    }

    @Test
    void undecidedWhileTheRunningDataLocationIsUnknownOrEmpty() {
        assertThat(assess(locations(null, new String[] {"JP"})).capabilityOffered()).isNull();
        assertThat(assess(locations(null, new String[] {"JP"})).state()).isEqualTo(RiskState.UNDECIDED);
        assertThat(assess(locations(new String[] {}, new String[] {"JP"})).capabilityOffered()).isNull();
    }

    @Test
    void mitigateCountsOnlyWhileTheLocationIsKnown() {
        assertThat(assess(locations(new String[] {"JP"}, new String[] {"US"}), decision(id(), Treatment.MITIGATE)).state())
                .isEqualTo(RiskState.DECIDED);
        RiskEntry unknown = assess(locations(new String[] {"JP"}, null), decision(id(), Treatment.MITIGATE));
        assertThat(unknown.state()).isEqualTo(RiskState.MITIGATION_UNSUPPORTED);
        assertThat(has(unknown, "risk.mitigateCapabilityUnknown")).isTrue();
    }
}
