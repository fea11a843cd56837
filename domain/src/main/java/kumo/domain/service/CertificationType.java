package kumo.domain.service;

/**
 * Certifications a provider may hold. JASA_CS_MARK is the Japan Information Security Audit
 * Association's cloud security audit (クラウド情報セキュリティ監査, CS mark).
 */
public enum CertificationType {
    ISO_27001, ISO_27017, ISO_27018, JASA_CS_MARK, CSA_STAR_CERTIFICATION, CSA_STAR_ATTESTATION, OTHER;

    /**
     * Counts as a cloud security certification for §4(2) 「クラウドセキュリティ認証等」 (ASR-01,
     * kumo's reading): cloud-specific schemes only; ISO/IEC 27001 alone is an ISMS certificate.
     */
    public boolean cloudSecurityCertification() {
        return this == ISO_27017 || this == JASA_CS_MARK || this == CSA_STAR_CERTIFICATION;
    }
}
