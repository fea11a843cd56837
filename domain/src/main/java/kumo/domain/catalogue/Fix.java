package kumo.domain.catalogue;

/** How an open or failed requirement is usually closed; drives the wording of next actions. */
public enum Fix {
    /** change the plan (e.g. keep the information off a public cloud) */
    PLAN,
    /** have the term written into the contract or specification, or choose another service */
    CONTRACT,
    /** choose a service that has it */
    SERVICE,
    /** take and record the city's step */
    STEP,
    /** hold and record the consultation with the CIO advisor */
    CONSULT
}
