package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
        RuleResult r = evaluateOn(aService().channels24x365(SupportChannel.PHONE, SupportChannel.EMAIL));

        assertThatResult(r).isNotMet().hasReason("SUP-02.missing", "@supportChannel.CHAT");
        assertThat(missingChannels(r)).containsExactly(List.of("@supportChannel.CHAT"));
    }

    @Test
    void noChannelAroundTheClockNamesEveryChannelInItsOwnReason() {
        RuleResult r = evaluateOn(aService().channels24x365());

        assertThatResult(r).isNotMet().usedFact("support.channels24x365", "[]");
        assertThat(missingChannels(r)).containsExactlyInAnyOrder(List.of("@supportChannel.PHONE"),
                List.of("@supportChannel.CHAT"), List.of("@supportChannel.EMAIL"));
    }

    /** The arguments of each {@code SUP-02.missing} reason: one channel each. */
    private static List<List<String>> missingChannels(RuleResult r) {
        return r.reasons().stream().filter(m -> m.key().equals("SUP-02.missing")).map(m -> List.copyOf(m.args())).toList();
    }

    @Test
    void unknownChannelsAreUnknown() {
        assertThatResult(evaluateOn(aService())).isUnknown().namesUnknownFact("support.channels24x365")
                .usedFact("support.channels24x365", null);
    }
}
