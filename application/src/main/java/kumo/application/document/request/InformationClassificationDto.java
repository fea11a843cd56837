package kumo.application.document.request;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;
import kumo.application.document.validation.ConfidentialityInScheme;
import kumo.application.document.validation.Distinct;
import kumo.domain.classification.Availability;
import kumo.domain.classification.ClassificationScheme;
import kumo.domain.classification.Confidentiality;
import kumo.domain.classification.HandlingRestriction;
import kumo.domain.classification.InformationClassification;
import kumo.domain.classification.Integrity;

/**
 * {@link InformationClassification} as JSON. {@code scheme} absent means {@code THREE_LEVEL_2020};
 * the confidentiality level must belong to the scheme (C3A, C3B, C3C only in {@code FIVE_LEVEL_2024},
 * C3 only in {@code THREE_LEVEL_2020}). {@code handlingRestrictions: []} means none, absent means unknown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ConfidentialityInScheme
public record InformationClassificationDto(
        ClassificationScheme scheme,
        Confidentiality confidentiality,
        Integrity integrity,
        Availability availability,
        @Distinct List<@NotNull(message = "{kumo.validation.noNullElement}") HandlingRestriction> handlingRestrictions,
        Boolean myNumber,
        Boolean personalData) {

    public InformationClassification toDomain() {
        return new InformationClassification(scheme, confidentiality, integrity, availability,
                Mapping.enumSet(handlingRestrictions, HandlingRestriction.class), myNumber, personalData);
    }
}
