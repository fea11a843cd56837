package kumo.domain.rules.v1.risks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.rules.v1.risks.RiskTesting.Case;
import kumo.domain.service.Capability;
import kumo.domain.system.Users;
import kumo.domain.testdata.Services;

/** R17 §3(17) 「リカバリー」: mitigated by the service's RECOVERY_NOTICE capability; applies only to citizen-facing systems. */
class R17RecoveryTest implements MitigatedRiskContract, ConditionalRiskContract {

    @Override
    public String id() {
        return "R17";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.capability(Capability.RECOVERY_NOTICE, offered);
    }

    @Override
    public Case where(Boolean holds) {
        Case c = Case.complete();
        c.system().users(holds == null ? null : holds ? Users.CITIZENS : Users.STAFF);
        return c;
    }

    @Test
    void aSystemForBothCitizensAndStaffIsCitizenFacing() {
        Case c = Case.complete();
        c.system().users(Users.BOTH);
        assertThat(assess(c).applies()).isTrue();
        assertThat(assess(c).applicabilityKnown()).isTrue();
    }
}
