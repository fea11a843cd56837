package kumo.application.document.request;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import kumo.domain.service.DataLocations;

/** {@link DataLocations} as JSON: ISO 3166-1 alpha-2 country codes, upper case (e.g. {@code "JP"}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataLocationsDto(
        List<@NotNull(message = "{kumo.validation.noNullElement}")
             @Pattern(regexp = "[A-Z]{2}", message = "{kumo.validation.countryCode}") String> countries,
        List<@NotNull(message = "{kumo.validation.noNullElement}")
             @Pattern(regexp = "[A-Z]{2}", message = "{kumo.validation.countryCode}") String> backupCountries) {

    public DataLocations toDomain() {
        return new DataLocations(countries, backupCountries);
    }
}
