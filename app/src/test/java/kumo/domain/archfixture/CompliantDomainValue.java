package kumo.domain.archfixture;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Breaks no rule: JDK types only. */
public record CompliantDomainValue(String id, LocalDate assessedOn, List<String> clauses) {

    public CompliantDomainValue {
        Objects.requireNonNull(id);
        clauses = List.copyOf(clauses);
    }
}
