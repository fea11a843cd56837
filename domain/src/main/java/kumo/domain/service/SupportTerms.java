package kumo.domain.service;

import java.util.Set;

import kumo.domain.EnumSets;

/**
 * Support terms (§5 1.2, all 【推奨事項】).
 *
 * @param japaneseReceptionWeekdays reception in Japanese at least on weekdays 9:00–18:00 JST
 * @param channels24x365            technical-support channels available 24 hours, all year
 * @param firstResponseCriticalHours first response, ongoing outage with large impact
 * @param firstResponseOutageHours   first response, ongoing outage
 * @param firstResponseUrgentHours   first response, urgent question
 * @param firstResponseNormalHours   first response, normal question or feature request
 * @param availableFromEveryAccount  technical support reachable from every account
 */
public record SupportTerms(
        Boolean japaneseReceptionWeekdays,
        Set<SupportChannel> channels24x365,
        Double firstResponseCriticalHours,
        Double firstResponseOutageHours,
        Double firstResponseUrgentHours,
        Double firstResponseNormalHours,
        Boolean availableFromEveryAccount) {

    public SupportTerms {
        channels24x365 = EnumSets.copyOf(channels24x365, SupportChannel.class);
    }

    public static SupportTerms unknown() {
        return new SupportTerms(null, null, null, null, null, null, null);
    }
}
