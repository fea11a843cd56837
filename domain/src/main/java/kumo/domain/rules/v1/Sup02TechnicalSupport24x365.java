package kumo.domain.rules.v1;

import java.util.EnumSet;
import java.util.Set;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.SupportChannel;

/** SUP-02: technical support by phone, chat and e-mail, 24 hours, all year (§5 1.2 推奨事項). */
final class Sup02TechnicalSupport24x365 implements Rule {

    @Override
    public String id() {
        return "SUP-02";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        Set<SupportChannel> channels = c.service().support().channels24x365();
        RuleResult.Builder r = RuleResult.builder().fact("support.channels24x365", channels);
        if (channels == null) {
            return r.unknown("reason.fact.unknown", "@fact.support.channels24x365");
        }
        Set<SupportChannel> missing = EnumSet.allOf(SupportChannel.class);
        missing.removeAll(channels);
        if (missing.isEmpty()) {
            return r.met("SUP-02.allChannels");
        }
        for (SupportChannel channel : missing) {
            r.reason("SUP-02.missing", "@supportChannel." + channel.name());
        }
        return r.notMet(null);
    }
}
