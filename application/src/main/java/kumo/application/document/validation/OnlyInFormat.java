package kumo.application.document.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request field that exists in one version of the request format only (e.g. the per-kind data
 * locations of version 2, or version 1's {@code countries}). A document of the other version that
 * sets it is rejected at the field's JSON path by {@link FieldsOfItsFormat}, with {@link #message()}.
 */
@Documented
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OnlyInFormat {

    /** The request format version the field belongs to. */
    int value();

    /** The message template for a document of another version that sets the field. */
    String message() default "{kumo.validation.onlyInFormat2}";
}
