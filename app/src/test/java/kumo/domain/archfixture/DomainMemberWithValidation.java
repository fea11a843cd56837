package kumo.domain.archfixture;

import jakarta.validation.constraints.NotNull;

/** Breaks (b) and (d, members): a Bean Validation annotation on a domain field. */
public class DomainMemberWithValidation {

    @NotNull
    String id;
}
