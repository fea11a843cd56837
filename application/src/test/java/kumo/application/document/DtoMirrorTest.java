package kumo.application.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.FollowsDto;
import kumo.application.document.validation.FieldsOfItsFormat;

/**
 * The request DTOs mirror the domain records field for field: same component names in the same order,
 * and matching types (a DTO for a domain record, the same enum, a list where the domain has a set).
 * When the domain grows a field, this fails until the DTO, the schema and the mapper follow.
 */
class DtoMirrorTest {

    private final List<String> problems = new ArrayList<>();
    private final Set<Class<?>> seen = new HashSet<>();

    @Test
    void everyDtoMirrorsItsDomainRecord() {
        for (RecordComponent c : AssessmentRequestDocument.class.getRecordComponents()) {
            if (c.getType().isRecord() && c.getType() != FollowsDto.class) { // follows is about the record, not the domain
                walk(c.getType());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(seen).hasSize(23);
    }

    private void walk(Class<?> dto) {
        if (!seen.add(dto)) {
            return;
        }
        Class<?> domain = domainOf(dto);
        // a field of format 1 that format 2 replaced is mapped by toDomain(), not mirrored
        List<String> dtoNames = Arrays.stream(dto.getRecordComponents())
                .filter(c -> FieldsOfItsFormat.Validator.allowed(c, 2)).map(RecordComponent::getName).toList();
        List<String> domainNames = Arrays.stream(domain.getRecordComponents()).map(RecordComponent::getName).toList();
        if (!dtoNames.equals(domainNames)) {
            problems.add(dto.getSimpleName() + " " + dtoNames + " but " + domain.getSimpleName() + " " + domainNames);
            return;
        }
        RecordComponent[] d = Arrays.stream(dto.getRecordComponents())
                .filter(c -> FieldsOfItsFormat.Validator.allowed(c, 2)).toArray(RecordComponent[]::new);
        RecordComponent[] m = domain.getRecordComponents();
        for (int i = 0; i < d.length; i++) {
            check(dto.getSimpleName() + "." + d[i].getName(), d[i].getGenericType(), m[i].getGenericType());
        }
    }

    private void check(String where, Type dtoType, Type domainType) {
        Class<?> a = raw(dtoType);
        Class<?> b = raw(domainType);
        if (a.isRecord()) {
            if (domainOf(a) != b) {
                problems.add(where + ": " + a.getSimpleName() + " maps to " + domainOf(a).getSimpleName() + ", not " + b.getSimpleName());
            }
            walk(a);
        } else if (a == List.class && (b == List.class || b == Set.class)) {
            check(where + "[]", arg(dtoType, 0), arg(domainType, 0));
        } else if (a == Map.class && b == Map.class) {
            check(where + "{key}", arg(dtoType, 0), arg(domainType, 0));
            check(where + "{value}", arg(dtoType, 1), arg(domainType, 1));
        } else if (a != b) {
            problems.add(where + ": " + a.getSimpleName() + " but the domain has " + b.getSimpleName());
        }
    }

    private static Class<?> domainOf(Class<?> dto) {
        try {
            Method m = dto.getMethod("toDomain");
            return m.getReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(dto.getSimpleName() + " has no toDomain()", e);
        }
    }

    private static Type arg(Type t, int i) {
        return ((ParameterizedType) t).getActualTypeArguments()[i];
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}
