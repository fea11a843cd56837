package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Services;

/**
 * SEC-02 (§2エ note 「ログは1年間以上保存することが望ましい」; 別紙 「1年間以上の保存が可能であること。その手法について提示すること」):
 * logs can be kept 365 days or more and the method is stated. RECOMMENDED, §5.
 */
class Sec02LogRetentionOneYearTest {

    private final Sec02LogRetentionOneYear rule = new Sec02LogRetentionOneYear();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void oneYearWithMethodStatedIsMet() {
        assertThatResult(evaluateOn(aService().logRetention(365, true)))
                .isMet().hasReason("SEC-02.longEnough", 365, 365)
                .usedFact("security.logRetentionDays", 365).usedFact("security.logRetentionMethodStated", true);
    }

    @Test
    void longerThanOneYearIsMet() {
        assertThatResult(evaluateOn(aService().logRetention(1825, true))).isMet().hasReason("SEC-02.longEnough", 1825);
    }

    @Test
    void logRetention364DaysIsTooShort() {
        assertThatResult(evaluateOn(aService().logRetention(364, true)))
                .isNotMet().hasReason("SEC-02.tooShort", 364, 365);
    }

    @Test
    void tooShortFailsEvenWhileTheMethodIsUnknown() {
        assertThatResult(evaluateOn(aService().logRetention(90, null))).isNotMet().hasReason("SEC-02.tooShort", 90, 365);
    }

    @Test
    void retentionWithoutAStatedMethodIsNotMet() {
        assertThatResult(evaluateOn(aService().logRetention(400, false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.security.logRetentionMethodStated");
    }

    @Test
    void unknownRetentionIsUnknown() {
        assertThatResult(evaluateOn(aService().logRetention(null, true)))
                .isUnknown().namesUnknownFact("security.logRetentionDays").usedFact("security.logRetentionDays", null);
    }

    @Test
    void unknownMethodIsUnknown() {
        assertThatResult(evaluateOn(aService().logRetention(365, null)))
                .isUnknown().namesUnknownFact("security.logRetentionMethodStated");
    }

    @Test
    void theRequiredRetentionComesFromTheCatalogueParameters() {
        RuleResult r = evaluate(rule, aSystem(), aService().logRetention(400, true), aPlan(), RuleTesting.DATE,
                new kumo.domain.catalogue.CatalogueParameters(null, true, 12, 12, 730));

        assertThatResult(r).isNotMet().hasReason("SEC-02.tooShort", 400, 730);
    }
}
