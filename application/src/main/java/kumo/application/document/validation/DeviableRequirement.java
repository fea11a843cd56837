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
import kumo.domain.catalogue.Requirement;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * A requirement ID that an approved deviation may lift: a deviable requirement (the "以下を例とする"
 * example-list items of §2ウ/§2エ) of catalogue version 1. {@code null} and blank are left to
 * {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = DeviableRequirement.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DeviableRequirement {

    String message() default "{kumo.validation.deviableRequirement}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one requirement ID against catalogue version 1. */
    final class Validator implements ConstraintValidator<DeviableRequirement, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            Requirement r = CatalogueV1.catalogue().requirement(value);
            return r != null && r.deviable();
        }


        /** The deviable requirement IDs of catalogue version 1, in catalogue order (for messages and the schema). */
        public static List<String> ids() {
            return CatalogueV1.catalogue().requirements().stream().filter(Requirement::deviable).map(Requirement::id).toList();
        }
    }
}
