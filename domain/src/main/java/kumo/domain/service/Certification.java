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

    /** Valid on {@code date}: TRUE, FALSE, or {@code null} when the end of validity is unknown. */
    public Boolean validity(LocalDate date) {
        return Validity.on(date, validFrom, validUntil);
    }

    /** Known to be valid on {@code date}. */
    public boolean validOn(LocalDate date) {
        return Boolean.TRUE.equals(validity(date));
    }
}
