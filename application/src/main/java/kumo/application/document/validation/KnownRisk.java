package kumo.application.document.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import kumo.domain.catalogue.RiskDefinition;
import kumo.domain.rules.v1.CatalogueV1;

/** A risk ID of catalogue version 1 ({@code R01}–{@code R29}). {@code null} and blank are left to {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = KnownRisk.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownRisk {

    String message() default "{kumo.validation.knownRisk}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one risk ID against catalogue version 1. */
    final class Validator implements ConstraintValidator<KnownRisk, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || CatalogueV1.catalogue().risk(value) != null;
        }


        /** The risk IDs of catalogue version 1, in order. */
        public static List<String> ids() {
            return CatalogueV1.catalogue().risks().stream().map(RiskDefinition::id).toList();
        }
    }
}
