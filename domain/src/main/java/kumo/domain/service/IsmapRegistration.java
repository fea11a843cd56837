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

    /**
     * Valid on {@code date}: TRUE, FALSE (expired, or registered only later), or {@code null} when the
     * validity end is unknown — unknown is not "expired", and it is not evidence either.
     */
    public Boolean validity(LocalDate date) {
        return Validity.on(date, registeredOn, validUntil);
    }

    /** Known to be valid on {@code date}. */
    public boolean validOn(LocalDate date) {
        return Boolean.TRUE.equals(validity(date));
    }
}
