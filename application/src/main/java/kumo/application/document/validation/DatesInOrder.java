package kumo.application.document.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * On a record: the date component {@code to} is not before the date component {@code from} when both
 * are given (e.g. a certificate's {@code validFrom} ≤ {@code validUntil}). Reported on {@code to}.
 */
@Documented
@Constraint(validatedBy = DatesInOrder.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DatesInOrder {

    String message() default "{kumo.validation.datesInOrder}";

    /** The record component holding the earlier date. */
    String from();

    /** The record component holding the later date. */
    String to();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads both components reflectively; a misnamed component is a programming error. */
    final class Validator implements ConstraintValidator<DatesInOrder, Record> {

        private String from;
        private String to;

        @Override
        public void initialize(DatesInOrder annotation) {
            from = annotation.from();
            to = annotation.to();
        }

        @Override
        public boolean isValid(Record value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate a = date(value, from);
            LocalDate b = date(value, to);
            if (a == null || b == null || !b.isBefore(a)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(to).addConstraintViolation();
            return false;
        }

        /** Accessors by record class and component name, looked up once (reflection is slow on every call). */
        private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
            @Override
            protected Map<String, Method> computeValue(Class<?> type) {
                Map<String, Method> map = new HashMap<>();
                for (RecordComponent c : type.getRecordComponents()) {
                    map.put(c.getName(), c.getAccessor());
                }
                return Map.copyOf(map);
            }
        };

        private static LocalDate date(Record value, String name) {
            Method accessor = ACCESSORS.get(value.getClass()).get(name);
            if (accessor == null) {
                throw new IllegalStateException("no date component " + name + " in " + value.getClass().getSimpleName());
            }
            try {
                return (LocalDate) accessor.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
