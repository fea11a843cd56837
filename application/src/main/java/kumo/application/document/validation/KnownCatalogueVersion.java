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
import kumo.domain.rules.v1.CatalogueV1;

/**
 * The version of the requirement catalogue this kumo assesses against, as the catalogue itself states it
 * ({@code parameters.properties}; the one place the version is written). {@code null} means "the current one".
 */
@Documented
@Constraint(validatedBy = KnownCatalogueVersion.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownCatalogueVersion {

    String message() default "{kumo.validation.catalogueVersion}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Compares the value with the catalogue's own version. */
    final class Validator implements ConstraintValidator<KnownCatalogueVersion, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.equals(version());
        }

        /** The catalogue version a request may name. */
        public static String version() {
            return CatalogueV1.catalogue().version();
        }
    }
}
