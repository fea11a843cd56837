package kumo.application.document.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A list used as a set: no value twice (the JSON Schema's {@code uniqueItems}). */
@Documented
@Constraint(validatedBy = Distinct.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Distinct {

    String message() default "{kumo.validation.distinct}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one list. */
    final class Validator implements ConstraintValidator<Distinct, List<?>> {

        @Override
        public boolean isValid(List<?> value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Set<Object> seen = new HashSet<>();
            for (Object o : value) {
                if (o != null && !seen.add(o)) {
                    return false;
                }
            }
            return true;
        }
    }
}
