package kumo.domain.service;

import java.time.LocalDate;

/**
 * A registration on the ISMAP (or ISMAP-LIU) cloud service list.
 *
 * @param validUntil last day of validity; {@code null} means unknown, which is not valid evidence
 * @param holder     who holds the registration (the provider of this service, or of the platform under it);
 *                   {@code null} not stated
 * @param scope      whether the registration is this service's own or its underlying platform's;
 *                   {@code null} unknown
 */
public record IsmapRegistration(
        IsmapList list,
        String registrationNumber,
        String serviceName,
        LocalDate registeredOn,
        LocalDate validUntil,
        String holder,
        IsmapScope scope) {

    /** The format-1 shape: a registration of this service itself (format 1 could describe no other). */
    public IsmapRegistration(IsmapList list, String registrationNumber, String serviceName, LocalDate registeredOn,
            LocalDate validUntil) {
        this(list, registrationNumber, serviceName, registeredOn, validUntil, null, IsmapScope.THIS_SERVICE);
    }

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

    /** This service's own registration: TRUE, FALSE (the platform's), {@code null} unknown. */
    public Boolean ofThisService() {
        return scope == null ? null : scope == IsmapScope.THIS_SERVICE;
    }
}
