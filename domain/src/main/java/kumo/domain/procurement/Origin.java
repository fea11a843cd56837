package kumo.domain.procurement;

/** Where the wording of a specification item comes from. */
public enum Origin {
    /** The policy's own §5 text (別紙 or 1.2), word for word in Japanese; the English is a faithful rendering. */
    POLICY,
    /** kumo's extension of the §5 example to a SERVICE requirement the 別紙 does not list; it cites its clauses. */
    KUMO
}
