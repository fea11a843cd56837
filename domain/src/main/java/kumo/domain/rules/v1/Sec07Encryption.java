package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.classification.HandlingRestriction;
import kumo.domain.classification.InformationClassification;
import kumo.domain.service.SecurityTerms;

/**
 * SEC-07: information handled on the cloud is encrypted (§2エ); sensitive information (機微な情報) also
 * at rest (§4(3)). kumo reads 機微 as 機密性2 or higher, personal data, or an "encryption required"
 * handling restriction; an unknown classification is treated as sensitive (the strictest reading). Only
 * the §2エ part is an example-list item: for sensitive information the at-rest part (§4(3)) cannot be
 * deviated from.
 */
final class Sec07Encryption implements Rule {

    @Override
    public String id() {
        return "SEC-07";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        SecurityTerms s = c.service().security();
        InformationClassification k = c.system().classification();
        Boolean sensitive = sensitive(k);
        RuleResult.Builder r = RuleResult.builder()
                .fact("security.encryptionAtRest", s.encryptionAtRest())
                .fact("security.encryptionInTransit", s.encryptionInTransit())
                .fact("classification.sensitive", sensitive);
        if (!Boolean.FALSE.equals(sensitive)) {
            // §4(3) 「機微な情報については暗号化を行うものとする」 is a fixed rule, not a §2エ example item
            r.notDeviable();
            if (s.encryptionAtRest() == null) {
                return r.unknown("reason.fact.unknown", "@fact.security.encryptionAtRest");
            }
            return s.encryptionAtRest() ? r.met("SEC-07.sensitiveAtRest") : r.notMet("SEC-07.sensitiveNotAtRest");
        }
        if (Boolean.TRUE.equals(s.encryptionAtRest()) || Boolean.TRUE.equals(s.encryptionInTransit())) {
            return r.met("SEC-07.encrypted");
        }
        if (Boolean.FALSE.equals(s.encryptionAtRest()) && Boolean.FALSE.equals(s.encryptionInTransit())) {
            return r.notMet("SEC-07.notEncrypted");
        }
        return r.unknown("reason.fact.unknown", s.encryptionAtRest() == null
                ? "@fact.security.encryptionAtRest" : "@fact.security.encryptionInTransit");
    }

    /** 機微な情報 (kumo's reading): TRUE, FALSE, or {@code null} when it cannot be told yet. */
    static Boolean sensitive(InformationClassification k) {
        if (Boolean.TRUE.equals(k.confidentiality2OrHigher()) || Boolean.TRUE.equals(k.personalData())
                || k.hasRestriction(HandlingRestriction.ENCRYPTION_REQUIRED)) {
            return Boolean.TRUE;
        }
        if (k.confidentiality2OrHigher() == null || k.personalData() == null || k.handlingRestrictions() == null) {
            return null;
        }
        return Boolean.FALSE;
    }
}
