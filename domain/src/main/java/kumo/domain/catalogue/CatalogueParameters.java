package kumo.domain.catalogue;

import java.time.LocalDate;

/**
 * The parameters of a catalogue version: kumo's readings of open texts, shown as interpretations.
 *
 * @param ismapRouteFrom          §4(7) route in force from this date; {@code null} never in force
 * @param cioConsultationRequired §4(4) applies 「当面の間」 (for the time being)
 * @param auditCurrencyMonths     ASR-09: an audit report is current if its period ended within this many months
 * @param minimumOperatingMonths  ASR-08: months of general availability counted as enough operating record
 * @param logRetentionDays        SEC-02: log retention asked for
 */
public record CatalogueParameters(
        LocalDate ismapRouteFrom,
        boolean cioConsultationRequired,
        int auditCurrencyMonths,
        int minimumOperatingMonths,
        int logRetentionDays) {

    public boolean ismapRouteInForceOn(LocalDate date) {
        return ismapRouteFrom != null && !date.isBefore(ismapRouteFrom);
    }

    public CatalogueParameters withIsmapRouteFrom(LocalDate from) {
        return new CatalogueParameters(from, cioConsultationRequired, auditCurrencyMonths, minimumOperatingMonths, logRetentionDays);
    }

    public CatalogueParameters withCioConsultationRequired(boolean required) {
        return new CatalogueParameters(ismapRouteFrom, required, auditCurrencyMonths, minimumOperatingMonths, logRetentionDays);
    }
}
