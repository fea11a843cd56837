package kumo.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Immutable copies of sets of enum constants that iterate in declaration order. {@code Set.copyOf}
 * iterates in an order that changes from one JVM run to the next, and the sets end up in texts (a fact's
 * value): the same request must give the same result document, byte for byte, in every run.
 */
public final class EnumSets {

    private EnumSets() {
    }

    /** An unmodifiable copy in declaration order; {@code null} stays {@code null} (unknown). */
    public static <E extends Enum<E>> Set<E> copyOf(Set<E> set, Class<E> type) {
        if (set == null) {
            return null;
        }
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E e : set) {
            copy.add(java.util.Objects.requireNonNull(e, "element"));
        }
        return Collections.unmodifiableSet(copy);
    }
}
