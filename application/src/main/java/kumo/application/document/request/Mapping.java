package kumo.application.document.request;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Small null-preserving helpers for the DTO → domain mappers: {@code null} stays {@code null} (unknown). */
final class Mapping {

    private Mapping() {
    }

    static <A, B> B map(A value, Function<A, B> f) {
        return value == null ? null : f.apply(value);
    }

    static <A, B> List<B> list(List<A> values, Function<A, B> f) {
        return values == null ? null : values.stream().map(f).toList();
    }

    static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        if (values == null) {
            return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return set;
    }

    /** A map without its {@code null} values: a {@code null} value means unknown, the same as an absent key. */
    static <K, V> Map<K, V> withoutNulls(Map<K, V> map) {
        if (map == null) {
            return null;
        }
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }
}
