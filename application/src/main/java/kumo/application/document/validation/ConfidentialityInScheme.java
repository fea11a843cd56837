package kumo.application.document.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import kumo.application.document.request.InformationClassificationDto;
import kumo.domain.classification.ClassificationScheme;

/**
 * The confidentiality level belongs to the classification scheme (absent scheme = THREE_LEVEL_2020):
 * C3 only in the 2020 scheme, C3A/C3B/C3C only in the 2024 five-level scheme. Reported on
 * {@code confidentiality}.
 */
@Documented
@Constraint(validatedBy = ConfidentialityInScheme.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConfidentialityInScheme {

    String message() default "{kumo.validation.confidentialityInScheme}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one classification. */
    final class Validator implements ConstraintValidator<ConfidentialityInScheme, InformationClassificationDto> {

        @Override
        public boolean isValid(InformationClassificationDto value, ConstraintValidatorContext context) {
            if (value == null || value.confidentiality() == null) {
                return true;
            }
            ClassificationScheme scheme = value.scheme() == null ? ClassificationScheme.THREE_LEVEL_2020 : value.scheme();
            if (scheme.accepts(value.confidentiality())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("confidentiality").addConstraintViolation();
            return false;
        }
    }
}
