package kumo.domain.catalogue;

/** SERVICE: a fact about the service, its provider or the contract on offer. CITY: a step the city must take and record. */
public enum Kind {
    SERVICE, CITY
}
