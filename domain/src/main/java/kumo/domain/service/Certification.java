package kumo.domain.service;

import java.time.LocalDate;

/**
 * A certification held by the provider.
 *
 * @param id         a reference the plan's scope checks point to (e.g. the certificate number)
 * @param scope      the certified scope as written on the certificate
 * @param validUntil last day of validity; unknown is not valid evidence
 */
public record Certification(
        String id,
        CertificationType type,
        String holder,
        String scope,
        LocalDate validFrom,
        LocalDate validUntil) {

    public boolean validOn(LocalDate date) {
        return validUntil != null && !date.isAfter(validUntil)
                && (validFrom == null || !date.isBefore(validFrom));
    }
}
