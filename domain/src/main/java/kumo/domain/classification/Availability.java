package kumo.domain.classification;

/** 可用性: 2 = loss or unavailability could infringe residents' rights or seriously hinder administration. */
public enum Availability {
    A1, A2
}
