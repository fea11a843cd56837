package kumo.domain.service;

import java.time.LocalDate;

/**
 * A registration on the ISMAP (or ISMAP-LIU) cloud service list.
 *
 * @param validUntil last day of validity; {@code null} means unknown, which is not valid evidence
 */
public record IsmapRegistration(
        IsmapList list,
        String registrationNumber,
        String serviceName,
        LocalDate registeredOn,
        LocalDate validUntil) {

    /** Registered on or before {@code date} and still valid on it. Unknown dates are not evidence. */
    public boolean validOn(LocalDate date) {
        return registeredOn != null && validUntil != null
                && !date.isBefore(registeredOn) && !date.isAfter(validUntil);
    }
}
