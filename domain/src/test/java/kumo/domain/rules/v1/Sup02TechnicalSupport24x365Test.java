package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.SupportChannel;
import kumo.domain.testdata.Services;

/** SUP-02 (§5 1.2 【推奨事項】 技術サポートへのアクセス 電話、チャット、メール（24 時間年中無休）). RECOMMENDED. */
class Sup02TechnicalSupport24x365Test {

    private final Sup02TechnicalSupport24x365 rule = new Sup02TechnicalSupport24x365();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void phoneChatAndMailAroundTheClockAreMet() {
        assertThatResult(evaluateOn(aService().channels24x365(SupportChannel.PHONE, SupportChannel.CHAT, SupportChannel.EMAIL)))
                .isMet().hasReason("SUP-02.allChannels").usedFact("support.channels24x365");
    }

    @Test
    void noChatAroundTheClockIsNotMet() {
        assertThatResult(evaluateOn(aService().channels24x365(SupportChannel.PHONE, SupportChannel.EMAIL)))
                .isNotMet().hasReason("SUP-02.missing", "[CHAT]");
    }

    @Test
    void noChannelAroundTheClockNamesEveryChannel() {
        assertThatResult(evaluateOn(aService().channels24x365()))
                .isNotMet().hasReason("SUP-02.missing", "[PHONE, CHAT, EMAIL]").usedFact("support.channels24x365", "[]");
    }

    @Test
    void unknownChannelsAreUnknown() {
        assertThatResult(evaluateOn(aService())).isUnknown().namesUnknownFact("support.channels24x365")
                .usedFact("support.channels24x365", null);
    }
}
