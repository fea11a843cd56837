package kumo.application.document.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import kumo.application.document.request.DeviationDto;
import kumo.application.document.request.RiskDecisionDto;
import kumo.application.document.request.UsagePlanDto;

/**
 * On the usage plan: one decision per risk ({@code riskDecisions[].riskId}) and one deviation per
 * requirement ({@code deviations[].requirementId}). Each repeat is reported on its own ID, e.g.
 * {@code $.plan.riskDecisions[2].riskId}.
 */
@Documented
@Constraint(validatedBy = NoDuplicateIds.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoDuplicateIds {

    String message() default "{kumo.validation.duplicateId}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks both lists of one plan. */
    final class Validator implements ConstraintValidator<NoDuplicateIds, UsagePlanDto> {

        @Override
        public boolean isValid(UsagePlanDto plan, ConstraintValidatorContext context) {
            if (plan == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean risks = check(plan.riskDecisions(), RiskDecisionDto::riskId, "riskDecisions", "riskId",
                    "{kumo.validation.duplicateRiskId}", context);
            boolean deviations = check(plan.deviations(), DeviationDto::requirementId, "deviations", "requirementId",
                    "{kumo.validation.duplicateDeviation}", context);
            return risks && deviations;
        }

        private static <T> boolean check(List<T> items, Function<T, String> id, String list, String property,
                String template, ConstraintValidatorContext context) {
            if (items == null) {
                return true;
            }
            boolean ok = true;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                String value = item == null ? null : id.apply(item);
                if (value == null || value.isBlank()) {
                    continue;
                }
                if (!seen.add(value)) {
                    ok = false;
                    context.buildConstraintViolationWithTemplate(template)
                            .addPropertyNode(list)
                            .addPropertyNode(property).inIterable().atIndex(i)
                            .addConstraintViolation();
                }
            }
            return ok;
        }
    }
}
