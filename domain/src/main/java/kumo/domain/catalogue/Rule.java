package kumo.domain.catalogue;

/** The typed logic of one requirement ID. A rule is a pure function of the context; it never throws on missing facts. */
public interface Rule {

    /** The requirement ID this rule carries, e.g. {@code "LAW-01"}. */
    String id();

    RuleResult evaluate(RuleContext context);
}
