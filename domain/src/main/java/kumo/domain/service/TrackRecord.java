package kumo.domain.service;

import java.time.LocalDate;

/**
 * §4(2): 十分な稼働実績, continued investment, low risk of the service ending.
 *
 * @param generallyAvailableSince first day of general availability
 * @param continuedInvestment     evidence of continued investment in automation, features and security
 * @param endOfServiceAnnounced   the provider has announced the end of the service
 */
public record TrackRecord(LocalDate generallyAvailableSince, Boolean continuedInvestment, Boolean endOfServiceAnnounced) {
}
