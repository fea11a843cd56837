package kumo.domain.service;

/** The five Trust Services principles of SOC 2 / SOC 3 / JICPA IT7 (§2オ). */
public enum TrustPrinciple {
    SECURITY, AVAILABILITY, PROCESSING_INTEGRITY, CONFIDENTIALITY, PRIVACY
}
