package kumo.application.document.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.Payload;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.domain.plan.NetworkPath;

/**
 * A request uses only the fields and values of the format version its {@code kumo} field names: a
 * version-1 document may not set a field of version 2 (e.g. {@code service.dataLocations.content}) nor
 * use a value that version 2 added ({@code plan.networkPath: PROVIDER_INTERCONNECT}); a version-2
 * document may not set a field that version 2 replaced (e.g. {@code service.dataLocations.countries}).
 * Each is reported at its JSON path. Fields are marked with {@link OnlyInFormat}.
 */
@Documented
@Constraint(validatedBy = FieldsOfItsFormat.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FieldsOfItsFormat {

    String message() default "{kumo.validation.onlyInFormat2}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Walks the request's records and reports every field or value of another format version. */
    final class Validator implements ConstraintValidator<FieldsOfItsFormat, AssessmentRequestDocument> {

        /** Enum constants that a format version added, with that version. */
        public static final Map<Enum<?>, Integer> VALUES_SINCE = Map.of(NetworkPath.PROVIDER_INTERCONNECT, 2);

        /**
         * Per record class, the components the walk must look at, with their accessors and markers looked up
         * once: reflection and annotation look-ups on every call cost more than the rest of the validation.
         */
        private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
            @Override
            protected Component[] computeValue(Class<?> type) {
                List<Component> relevant = new ArrayList<>();
                for (RecordComponent c : type.getRecordComponents()) {
                    OnlyInFormat only = c.getAnnotation(OnlyInFormat.class);
                    if (only != null || mayHoldMarked(c.getType(), c.getGenericType(), new HashSet<>())) {
                        relevant.add(new Component(c.getName(), only, getter(c)));
                    }
                }
                return relevant.toArray(Component[]::new);
            }
        };

        /** A component the walk visits: its name, its format marker (or {@code null}) and its accessor as {@code (Object)Object}. */
        private record Component(String name, OnlyInFormat only, MethodHandle getter) {
        }

        private static MethodHandle getter(RecordComponent c) {
            Method accessor = c.getAccessor();
            try {
                if (!Modifier.isPublic(c.getDeclaringRecord().getModifiers())) {
                    accessor.trySetAccessible(); // e.g. a record declared in a test
                }
                return MethodHandles.lookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + c, e);
            }
        }

        /**
         * Whether a value of this declared type can hold what {@link #walk} reports: a marked component or a
         * version-added enum constant, in itself or in nested records and lists of records. Conservative: a
         * type that could hold a record at run time (an interface, {@code Object}, an unknown list element)
         * is walked, so only subtrees that cannot contain a problem are skipped.
         */
        private static boolean mayHoldMarked(Class<?> type, Type generic, Set<Class<?>> seen) {
            if (type.isRecord()) {
                if (!seen.add(type)) {
                    return true; // a record that can hold itself: walk it
                }
                try {
                    for (RecordComponent c : type.getRecordComponents()) {
                        if (c.getAnnotation(OnlyInFormat.class) != null || mayHoldMarked(c.getType(), c.getGenericType(), seen)) {
                            return true;
                        }
                    }
                    return false;
                } finally {
                    seen.remove(type);
                }
            }
            if (type.isEnum()) {
                return VALUES_SINCE.keySet().stream().anyMatch(e -> e.getDeclaringClass() == type);
            }
            if (type.isAssignableFrom(List.class)) {
                // only records in a list are walked (not enum constants in it)
                if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                        && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                    return element.isRecord() ? mayHoldMarked(element, element, seen)
                            : !Modifier.isFinal(element.getModifiers()) && !element.isEnum();
                }
                return true;
            }
            // a final class that is neither a record nor an enum (String, LocalDate, Integer...) holds nothing to walk
            return type.isInterface() || !Modifier.isFinal(type.getModifiers());
        }

        @Override
        public boolean isValid(AssessmentRequestDocument request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            int format = request.format();
            if (format == 0) {
                return true; // the kumo field itself is reported by its own constraint
            }
            context.disableDefaultConstraintViolation();
            List<Object> path = new ArrayList<>();
            return walk(request, format, path, context);
        }

        /** Whether a component may be set in a document of {@code format}. */
        public static boolean allowed(RecordComponent c, int format) {
            OnlyInFormat only = c.getAnnotation(OnlyInFormat.class);
            return only == null || only.value() == format;
        }

        /** Whether an enum constant exists in {@code format}. */
        public static boolean allowed(Enum<?> value, int format) {
            Integer since = VALUES_SINCE.get(value);
            return since == null || format >= since;
        }

        private static boolean walk(Record record, int format, List<Object> path, ConstraintValidatorContext context) {
            boolean ok = true;
            for (Component c : COMPONENTS.get(record.getClass())) {
                Object value;
                try {
                    value = (Object) c.getter().invokeExact((Object) record);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
                if (value == null) {
                    continue;
                }
                path.add(c.name());
                if (c.only() != null && c.only().value() != format) {
                    report(c.only().message(), path, context);
                    ok = false;
                } else if (value instanceof Enum<?> e && !allowed(e, format)) {
                    report("{kumo.validation.valueOnlyInFormat2}", path, context);
                    ok = false;
                } else if (value instanceof Record nested) {
                    ok &= walk(nested, format, path, context);
                } else if (value instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i) instanceof Record element) {
                            path.add(i);
                            ok &= walk(element, format, path, context);
                            path.remove(path.size() - 1);
                        }
                    }
                }
                path.remove(path.size() - 1);
            }
            return ok;
        }

        /** A violation at a path of property names and list indexes, e.g. [plan, deviations, 0, approvedBy]. */
        private static void report(String template, List<Object> path, ConstraintValidatorContext context) {
            ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template);
            NodeBuilderCustomizableContext named = null;
            NodeBuilderDefinedContext indexed = null;
            Integer index = null;
            for (Object segment : path) {
                if (segment instanceof Integer i) {
                    index = i;
                    continue;
                }
                String name = (String) segment;
                named = indexed != null ? indexed.addPropertyNode(name) : named != null ? named.addPropertyNode(name)
                        : builder.addPropertyNode(name);
                indexed = null;
                if (index != null) {
                    indexed = named.inIterable().atIndex(index);
                    index = null;
                }
            }
            if (indexed != null) {
                indexed.addConstraintViolation();
            } else {
                named.addConstraintViolation();
            }
        }
    }
}
