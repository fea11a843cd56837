package kumo.application.document.request;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import kumo.application.document.validation.OnlyInFormat;
import kumo.domain.service.DataLocations;

/**
 * {@link DataLocations} as JSON: ISO 3166-1 alpha-2 country codes, upper case (e.g. {@code "JP"}).
 * Format 1 has two lists, {@code countries} (the running data) and {@code backupCountries}; format 2
 * has one list per kind of data: {@code content}, {@code accountAndUsage}, {@code backups}, {@code logs}.
 * An absent list is unknown; {@code []} for content names no place (unknown), for the other kinds
 * it means the service keeps no such data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataLocationsDto(
        @OnlyInFormat(value = 1, message = "{kumo.validation.onlyInFormat1Locations}")
        List<@NotNull(message = "{kumo.validation.noNullElement}")
             @Pattern(regexp = "[A-Z]{2}", message = "{kumo.validation.countryCode}") String> countries,
        @OnlyInFormat(value = 1, message = "{kumo.validation.onlyInFormat1Locations}")
        List<@NotNull(message = "{kumo.validation.noNullElement}")
             @Pattern(regexp = "[A-Z]{2}", message = "{kumo.validation.countryCode}") String> backupCountries,
        @OnlyInFormat(2)
        List<@NotNull(message = "{kumo.validation.noNullElement}")
             @Pattern(regexp = "[A-Z]{2}", message = "{kumo.validation.countryCode}") String> content,
        @OnlyInFormat(2)
        List<@NotNull(message = "{kumo.validation.noNullElement}")
             @Pattern(regexp = "[A-Z]{2}", message = "{kumo.validation.countryCode}") String> accountAndUsage,
        @OnlyInFormat(2)
        List<@NotNull(message = "{kumo.validation.noNullElement}")
             @Pattern(regexp = "[A-Z]{2}", message = "{kumo.validation.countryCode}") String> backups,
        @OnlyInFormat(2)
        List<@NotNull(message = "{kumo.validation.noNullElement}")
             @Pattern(regexp = "[A-Z]{2}", message = "{kumo.validation.countryCode}") String> logs) {

    /** The format-1 shape. */
    public DataLocationsDto(List<String> countries, List<String> backupCountries) {
        this(countries, backupCountries, null, null, null, null);
    }

    /** Format-2 lists when any is given, else the format-1 lists mapped onto the kinds. */
    public DataLocations toDomain() {
        if (content != null || accountAndUsage != null || backups != null || logs != null) {
            return new DataLocations(content, accountAndUsage, backups, logs);
        }
        return new DataLocations(countries, backupCountries);
    }
}
