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
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.AuditReportDto;
import kumo.application.document.request.CertificationDto;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.IsmapRegistrationDto;

/**
 * The plan's scope checks and audit reviews must point at evidence the service lists: a
 * {@code scopeChecks[].evidenceId} names a certification {@code id}, an audit report {@code id} or an
 * ISMAP {@code registrationNumber}; an {@code auditReviews[].reportId} names an audit report {@code id}.
 * Evidence without an id is referred to as the domain labels it: {@code (ISO_27017)}, {@code (SOC2_TYPE2)},
 * {@code (ISMAP)}. A reference into a list that is still unknown is not judged. Without this check a
 * typing error would leave ASR-04 / ASR-05 silently pending.
 */
@Documented
@Constraint(validatedBy = EvidenceReferences.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EvidenceReferences {

    String message() default "{kumo.validation.unknownEvidence}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the references of one request. */
    final class Validator implements ConstraintValidator<EvidenceReferences, AssessmentRequestDocument> {

        @Override
        public boolean isValid(AssessmentRequestDocument request, ConstraintValidatorContext context) {
            if (request == null || request.plan() == null || request.service() == null) {
                return true;
            }
            CloudServiceProfileDto service = request.service();
            context.disableDefaultConstraintViolation();
            boolean ok = true;
            if (service.certifications() != null && service.auditReports() != null && service.ismapRegistrations() != null) {
                Set<String> all = new HashSet<>();
                all.addAll(labels(service.certifications(), CertificationDto::id, c -> String.valueOf(c.type())));
                all.addAll(labels(service.auditReports(), AuditReportDto::id, a -> String.valueOf(a.type())));
                all.addAll(labels(service.ismapRegistrations(), IsmapRegistrationDto::registrationNumber, r -> "ISMAP"));
                ok &= check(request.plan().scopeChecks(), s -> s.evidenceId(), all, "scopeChecks", "evidenceId", context);
            }
            if (service.auditReports() != null) {
                Set<String> reports = labels(service.auditReports(), AuditReportDto::id, a -> String.valueOf(a.type()));
                ok &= check(request.plan().auditReviews(), r -> r.reportId(), reports, "auditReviews", "reportId", context);
            }
            return ok;
        }

        private static <T> Set<String> labels(List<T> items, Function<T, String> id, Function<T, String> type) {
            Set<String> labels = new HashSet<>();
            for (T item : items) {
                if (item == null) {
                    continue;
                }
                String value = id.apply(item);
                labels.add(value == null || value.isBlank() ? "(" + type.apply(item) + ")" : value);
            }
            return labels;
        }

        private static <T> boolean check(List<T> items, Function<T, String> reference, Set<String> known,
                String list, String property, ConstraintValidatorContext context) {
            if (items == null) {
                return true;
            }
            boolean ok = true;
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                String value = item == null ? null : reference.apply(item);
                if (value == null || value.isBlank() || known.contains(value)) {
                    continue;
                }
                ok = false;
                context.buildConstraintViolationWithTemplate("{kumo.validation.unknownEvidence}")
                        .addPropertyNode("plan")
                        .addPropertyNode(list)
                        .addPropertyNode(property).inIterable().atIndex(i)
                        .addConstraintViolation();
            }
            return ok;
        }
    }
}
