package kumo.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.Status;
import kumo.domain.plan.RiskCheck;
import kumo.domain.plan.RiskDecision;
import kumo.domain.plan.Treatment;
import kumo.domain.service.BillingModel;
import kumo.domain.service.Capability;
import kumo.domain.service.Deployment;
import kumo.domain.service.ServiceModel;
import kumo.domain.system.Users;

/**
 * The risk register of §3 (policy-model §7): every state reachable, the checks that are the decision
 * (R16, R22), unknown applicability, and decisions that never touch a requirement finding.
 */
class RiskRegisterTest {

    private static RiskEntry risk(Scenario s, String id) {
        return s.assess().risk(id);
    }

    private static RiskDecision decision(String id, Treatment t) {
        return Scenario.decision(id, t);
    }

    private static RiskDecision withExpiry(RiskDecision d, java.time.LocalDate expiresOn) {
        return new RiskDecision(d.riskId(), d.treatment(), d.rationale(), d.decidedBy(), d.decidedOn(), expiresOn, d.check());
    }

    // ------------------------------------------------------------------ every state reachable

    @Test
    void decided() {
        RiskEntry r = risk(Scenario.eligible(), "R02");
        assertThat(r.state()).isEqualTo(RiskState.DECIDED);
        assertThat(r.decision().treatment()).isEqualTo(Treatment.ACCEPT);
    }

    @Test
    void notApplicable() {
        RiskEntry r = risk(Scenario.eligible().with(s -> s.billing = BillingModel.FIXED), "R25");
        assertThat(r.state()).isEqualTo(RiskState.NOT_APPLICABLE);
        assertThat(r.applies()).isFalse();
    }

    @Test
    void informationalR08AsksForNoDecision() {
        Assessment a = Scenario.eligible().with(s -> s.extraRiskDecisions.add(decision("R08", Treatment.ACCEPT))).assess();
        assertThat(a.risk("R08").state()).isEqualTo(RiskState.INFORMATIONAL);
        assertThat(Scenario.eligible().assess().risk("R08").state()).isEqualTo(RiskState.INFORMATIONAL);
    }

    @Test
    void proposedWhenTheServiceShowsTheCapabilityAndNobodyDecided() {
        Assessment a = Scenario.eligible().undecide("R02").assess();
        assertThat(a.risk("R02").state()).isEqualTo(RiskState.PROPOSED);
        assertThat(a.verdict()).as("a proposal is not a decision").isEqualTo(Verdict.CONDITIONAL);
        assertThat(a.nextActions()).anyMatch(n -> n.target().equals("R02") && n.type() == ActionType.CONFIRM_PROPOSAL && n.blocking());
    }

    @Test
    void undecidedWhenNoDecisionAndNoCapability() {
        Scenario lacking = Scenario.eligible().undecide("R02").with(s -> s.capabilities.put(Capability.ID_FEDERATION, false));
        assertThat(risk(lacking, "R02").state()).isEqualTo(RiskState.UNDECIDED);
        Scenario unknown = Scenario.eligible().undecide("R02").with(s -> s.capabilities.remove(Capability.ID_FEDERATION));
        assertThat(risk(unknown, "R02").state()).isEqualTo(RiskState.UNDECIDED);
        Scenario none = Scenario.eligible().undecide("R09");
        assertThat(risk(none, "R09").state()).as("R09 has no mitigating capability").isEqualTo(RiskState.UNDECIDED);
        Assessment a = none.assess();
        assertThat(a.nextActions()).anyMatch(n -> n.target().equals("R09") && n.type() == ActionType.DECIDE_RISK && n.blocking());
    }

    @Test
    void checkMissingWhenThePolicyAsksForACheckFirst() {
        for (String id : List.of("R01", "R07", "R13", "R22")) {
            RiskDecision d = decision(id, Treatment.ACCEPT);
            Scenario s = Scenario.eligible().decide(new RiskDecision(id, d.treatment(), d.rationale(), d.decidedBy(),
                    d.decidedOn(), null, null));
            assertThat(risk(s, id).state()).as(id).isEqualTo(RiskState.CHECK_MISSING);
        }
    }

    @Test
    void expiredWhenAnAcceptanceHasRunOut() {
        Scenario s = Scenario.eligible().decide(withExpiry(decision("R02", Treatment.ACCEPT), Scenario.DATE.minusDays(1)));
        assertThat(risk(s, "R02").state()).isEqualTo(RiskState.EXPIRED);
        Scenario lastDay = Scenario.eligible().decide(withExpiry(decision("R02", Treatment.ACCEPT), Scenario.DATE));
        assertThat(risk(lastDay, "R02").state()).as("still in force on its expiry date").isEqualTo(RiskState.DECIDED);
    }

    @Test
    void mitigationUnsupportedWhenTheServiceLacksTheCapabilityOrItIsUnknownOrNoneExists() {
        Scenario lacking = Scenario.eligible().decide(decision("R02", Treatment.MITIGATE))
                .with(s -> s.capabilities.put(Capability.ID_FEDERATION, false));
        assertThat(risk(lacking, "R02").state()).isEqualTo(RiskState.MITIGATION_UNSUPPORTED);
        Scenario unknown = Scenario.eligible().decide(decision("R02", Treatment.MITIGATE))
                .with(s -> s.capabilities.remove(Capability.ID_FEDERATION));
        assertThat(risk(unknown, "R02").state()).isEqualTo(RiskState.MITIGATION_UNSUPPORTED);
        Scenario none = Scenario.eligible().decide(decision("R09", Treatment.MITIGATE));
        assertThat(risk(none, "R09").state()).isEqualTo(RiskState.MITIGATION_UNSUPPORTED);
        Scenario offered = Scenario.eligible().decide(decision("R02", Treatment.MITIGATE));
        assertThat(risk(offered, "R02").state()).as("MITIGATE with the capability").isEqualTo(RiskState.DECIDED);
    }

    @Test
    void incompleteDecisionWithoutTreatmentRationaleWhoOrWhen() {
        RiskDecision d = decision("R02", Treatment.ACCEPT);
        for (RiskDecision bad : List.of(
                new RiskDecision("R02", null, d.rationale(), d.decidedBy(), d.decidedOn(), null, null),
                new RiskDecision("R02", d.treatment(), " ", d.decidedBy(), d.decidedOn(), null, null),
                new RiskDecision("R02", d.treatment(), d.rationale(), null, d.decidedOn(), null, null),
                new RiskDecision("R02", d.treatment(), d.rationale(), d.decidedBy(), null, null, null))) {
            RiskEntry r = risk(Scenario.eligible().decide(bad), "R02");
            assertThat(r.state()).as(bad.toString()).isEqualTo(RiskState.INCOMPLETE_DECISION);
            assertThat(r.reasons()).as(bad.toString()).extracting(Message::key)
                    .contains("risk.incompleteDecision").doesNotContain("risk.decidedAfterAssessmentDate");
        }
    }

    /** The two reasons a decision on record is not in force are told apart (ja and en texts each). */
    @Test
    void aCompleteDecisionDatedAfterTheAssessmentDateSaysSoNotIncomplete() {
        RiskDecision d = decision("R02", Treatment.ACCEPT);
        RiskDecision late = new RiskDecision("R02", d.treatment(), d.rationale(), d.decidedBy(), Scenario.DATE.plusDays(1), null, null);
        RiskEntry r = risk(Scenario.eligible().decide(late), "R02");
        assertThat(r.state()).isEqualTo(RiskState.INCOMPLETE_DECISION);
        assertThat(r.reasons()).containsExactly(
                Message.of("risk.decidedAfterAssessmentDate", Scenario.DATE.plusDays(1), Scenario.DATE));
        RiskDecision lateAndIncomplete = new RiskDecision("R02", d.treatment(), " ", d.decidedBy(), Scenario.DATE.plusDays(1), null, null);
        assertThat(risk(Scenario.eligible().decide(lateAndIncomplete), "R02").reasons()).extracting(Message::key)
                .containsExactly("risk.incompleteDecision", "risk.decidedAfterAssessmentDate");
    }

    @Test
    void everyStateIsReachedAndOnlyThreeAreClosed() {
        Set<RiskState> closed = EnumSet.noneOf(RiskState.class);
        for (RiskState s : RiskState.values()) {
            if (!s.open()) {
                closed.add(s);
            }
        }
        assertThat(closed).containsExactlyInAnyOrder(RiskState.DECIDED, RiskState.NOT_APPLICABLE, RiskState.INFORMATIONAL);
    }

    // ------------------------------------------------------------------ the check is the decision (R16, R22)

    @Test
    void r22TheRecordedCheckIsTheDecision() {
        Scenario s = Scenario.eligible().decide(new RiskDecision("R22", null, null, null, null, null, Scenario.check()));
        assertThat(risk(s, "R22").state()).isEqualTo(RiskState.DECIDED);
        Scenario unchecked = Scenario.eligible().undecide("R22");
        assertThat(risk(unchecked, "R22").state()).isEqualTo(RiskState.UNDECIDED);
    }

    @Test
    void r16TheRecordedLicenceCheckIsTheDecision() {
        Scenario licensed = Scenario.eligible().with(s -> s.runsLicensedSoftware = true);
        assertThat(risk(licensed, "R16").state()).as("applies once the city runs licensed software").isEqualTo(RiskState.UNDECIDED);
        Scenario checked = Scenario.eligible().with(s -> s.runsLicensedSoftware = true)
                .decide(new RiskDecision("R16", null, null, null, null, null, Scenario.check()));
        assertThat(risk(checked, "R16").state()).isEqualTo(RiskState.DECIDED);
        assertThat(checked.assess().verdict()).isEqualTo(Verdict.ELIGIBLE);
        Scenario notYet = Scenario.eligible().with(s -> s.runsLicensedSoftware = true)
                .decide(new RiskDecision("R16", null, null, null, null, null,
                        new RiskCheck("確認した。", "情報管理者", Scenario.DATE.plusDays(1))));
        assertThat(risk(notYet, "R16").state()).as("a check dated after the assessment is not recorded yet").isNotEqualTo(RiskState.DECIDED);
    }

    // ------------------------------------------------------------------ unknown applicability counts as applying

    static Stream<Arguments> unknownApplicability() {
        return Stream.of(
                unknown("R05", s -> s.serviceModel = null),
                unknown("R12", s -> s.foreignProvider = null),
                unknown("R13", s -> s.deployment = null),
                unknown("R16", s -> s.runsLicensedSoftware = null),
                unknown("R17", s -> s.users = null),
                unknown("R21", s -> s.mobileAccess = null),
                unknown("R24", s -> {
                    s.restrictedRuntime = null;
                    s.serviceModel = null;
                }),
                unknown("R25", s -> s.billing = null));
    }

    private static Arguments unknown(String id, Consumer<Scenario> change) {
        return Arguments.of(id, Named.of("unknown applicability", change));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unknownApplicability")
    void aRiskWhoseApplicabilityIsUnknownCountsAsApplying(String id, Consumer<Scenario> change) {
        Assessment a = Scenario.eligible().undecide(id).with(change).assess();
        RiskEntry r = a.risk(id);
        assertThat(r.applies()).isTrue();
        assertThat(r.applicabilityKnown()).isFalse();
        assertThat(r.state().open()).as(r.state().name()).isTrue();
        assertThat(a.verdict()).isIn(Verdict.CONDITIONAL, Verdict.INCOMPLETE);
        assertThat(a.nextActions()).anyMatch(n -> n.target().equals(id) && n.blocking());
    }

    @Test
    void aRiskThatApplies() {
        Scenario s = Scenario.eligible().with(x -> {
            x.serviceModel = ServiceModel.SAAS;
            x.foreignProvider = true;
            x.users = Users.CITIZENS;
            x.mobileAccess = true;
            x.restrictedRuntime = true;
            x.billing = BillingModel.PAY_PER_USE;
        });
        Assessment a = s.assess();
        for (String id : List.of("R05", "R12", "R17", "R21", "R24", "R25")) {
            assertThat(a.risk(id).applies()).as(id).isTrue();
            assertThat(a.risk(id).applicabilityKnown()).as(id).isTrue();
        }
        assertThat(a.risk("R13").applies()).as("a public cloud is shared").isTrue();
        Assessment privateCloud = Scenario.eligible().with(x -> x.deployment = Deployment.PRIVATE).assess();
        assertThat(privateCloud.risk("R13").state()).isEqualTo(RiskState.NOT_APPLICABLE);
    }

    // ------------------------------------------------------------------ decisions and findings

    @Test
    void acceptingR10LeavesLaw01NotMet() {
        Assessment a = Scenario.eligible().withoutExemptions().with(s -> s.backupCountries = List.of("US")).accept("R10").assess();
        assertThat(a.risk("R10").state()).isEqualTo(RiskState.DECIDED);
        assertThat(a.finding("LAW-01").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void acceptingR19LeavesNet01AndSec07NotMet() {
        Assessment a = Scenario.eligible().with(s -> {
            s.security.encryptionInTransit = false;
            s.security.encryptionAtRest = false;
        }).accept("R19").assess();
        assertThat(a.risk("R19").state()).isEqualTo(RiskState.DECIDED);
        assertThat(a.finding("NET-01").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("SEC-07").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void anOpenRiskAloneKeepsTheAssessmentConditional() {
        Assessment a = Scenario.eligible().undecide("R26").assess();
        assertThat(a.risk("R26").state()).isEqualTo(RiskState.UNDECIDED);
        assertThat(a.findings()).allSatisfy(f -> assertThat(f.status()).isIn(Status.MET, Status.NOT_APPLICABLE, Status.EXEMPT));
        assertThat(a.verdict()).isEqualTo(Verdict.CONDITIONAL);
    }

    @Test
    void decisionsOnUnknownRisksAreIgnored() {
        Assessment a = Scenario.eligible().with(s -> {
            s.extraRiskDecisions.add(decision("R99", Treatment.ACCEPT));
            s.extraRiskDecisions.add(decision("r02", Treatment.ACCEPT));
            s.extraRiskDecisions.add(decision("LAW-01", Treatment.ACCEPT));
        }).assess();
        assertThat(a.risks()).hasSize(29);
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void theNewestDecisionInForceCounts() {
        RiskDecision old = withExpiry(decision("R02", Treatment.ACCEPT), Scenario.DATE.minusDays(30));
        RiskDecision renewed = new RiskDecision("R02", Treatment.ACCEPT, "再検討した。", "情報管理者",
                Scenario.DATE.minusDays(10), null, null);
        Assessment a = Scenario.eligible().undecide("R02").with(s -> {
            s.extraRiskDecisions.add(old);
            s.extraRiskDecisions.add(renewed);
        }).assess();
        assertThat(a.risk("R02").state()).isEqualTo(RiskState.DECIDED);
        assertThat(a.risk("R02").decision()).isEqualTo(renewed);
    }

    /**
     * The assessment is of one date (policy-model §3 "Assessment … at one time"): a decision recorded
     * after that date does not exist yet, so it must not hide the decision that was in force on it.
     */
    @Test
    void aDecisionRecordedAfterTheAssessmentDateDoesNotHideTheOneInForce() {
        RiskDecision inForce = decision("R02", Treatment.ACCEPT);
        RiskDecision later = new RiskDecision("R02", Treatment.TRANSFER, "契約で移転する。", "情報管理者",
                Scenario.DATE.plusDays(30), null, null);
        Assessment a = Scenario.eligible().undecide("R02").with(s -> {
            s.extraRiskDecisions.add(inForce);
            s.extraRiskDecisions.add(later);
        }).assess();
        assertThat(a.risk("R02").state()).isEqualTo(RiskState.DECIDED);
        assertThat(a.risk("R02").decision()).isEqualTo(inForce);
    }

    @Test
    void aTransferWhereThePolicyOffersNoneIsStillADecisionButFlagged() {
        Assessment a = Scenario.eligible().decide(decision("R02", Treatment.TRANSFER)).assess();
        assertThat(a.risk("R02").state()).isEqualTo(RiskState.DECIDED);
        assertThat(a.risk("R02").reasons()).anyMatch(m -> m.key().equals("risk.transferNotSuggested"));
        Assessment offered = Scenario.eligible().decide(decision("R09", Treatment.TRANSFER)).assess();
        assertThat(offered.risk("R09").reasons()).noneMatch(m -> m.key().equals("risk.transferNotSuggested"));
    }
}
