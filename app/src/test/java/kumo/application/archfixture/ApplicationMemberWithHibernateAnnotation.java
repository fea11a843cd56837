package kumo.application.archfixture;

import org.hibernate.validator.constraints.Length;

/** Breaks (d, members): a provider-specific constraint instead of jakarta.validation. */
public class ApplicationMemberWithHibernateAnnotation {

    @Length(max = 10)
    String name;
}
