package kumo.domain.service;

import java.util.List;

/**
 * Where the city's data can be under the contract on offer (§2イ: every place the city's data can
 * exist, backups and data inside servers included). Countries are ISO 3166-1 alpha-2 codes.
 *
 * @param countries        countries of the data centres holding the running data; {@code null} unknown
 * @param backupCountries  countries where backups and replicas can be; {@code null} unknown
 */
public record DataLocations(List<String> countries, List<String> backupCountries) {

    public DataLocations {
        countries = countries == null ? null : List.copyOf(countries);
        backupCountries = backupCountries == null ? null : List.copyOf(backupCountries);
    }

    public static boolean japan(String country) {
        return "JP".equalsIgnoreCase(country);
    }

    /** TRUE: every known location is in Japan and both lists are known; FALSE: a location abroad; null: unknown. */
    public Boolean allInJapan() {
        boolean abroad = (countries != null && countries.stream().anyMatch(c -> !japan(c)))
                || (backupCountries != null && backupCountries.stream().anyMatch(c -> !japan(c)));
        if (abroad) {
            return Boolean.FALSE;
        }
        if (countries == null || countries.isEmpty() || backupCountries == null) {
            return null;
        }
        return Boolean.TRUE;
    }
}
