package kumo.domain.system;

/** サービス・業務の定常性 (§4(1)③). */
public enum Steadiness {
    STEADY, TRIAL, TEMPORARY
}
